-- The number printed on a seat's certificate of participation, given the first time it is printed,
-- by which anyone holding the paper can check it at /sertifikat/<number>. Portable between SQLite
-- and PostgreSQL; null until a certificate is printed.

alter table workshop_participant add column certificate_number varchar(16);

create unique index workshop_participant_certificate on workshop_participant (certificate_number);
