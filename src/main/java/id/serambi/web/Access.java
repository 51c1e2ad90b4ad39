package id.serambi.web;

import io.javalin.security.RouteRole;

/**
 * Who may use a route: declared beside it in the route table and checked before its handler runs.
 * Finer rules that depend on the data (a trainer's own workshop, a designer's own menu, a
 * participant's own seat) are checked where that data is read.
 */
public enum Access implements RouteRole {
    /** Everyone, with or without an account. */
    ANYONE,
    /** Anyone logged in, whatever their role. */
    ACCOUNT,
    /** Trainers and admins. */
    STAFF,
    /** Admins only. */
    ADMIN
}
