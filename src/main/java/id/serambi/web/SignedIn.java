package id.serambi.web;

/**
 * Who is logged in, as the site header shows it: the name, and which staff pages to link
 * (trainers and admins: workshops and dashboards; admins also users).
 */
public record SignedIn(String username, boolean staff, boolean admin) {
}
