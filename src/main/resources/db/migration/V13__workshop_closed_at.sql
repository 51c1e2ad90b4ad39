-- When a workshop was closed: its trainer may open it again within a day of closing it.
-- Portable between SQLite and PostgreSQL: epoch milliseconds, null while it is not closed.

alter table workshop add column closed_at bigint;

update workshop set closed_at = updated_at where state = 'CLOSED';
