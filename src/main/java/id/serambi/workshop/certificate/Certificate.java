package id.serambi.workshop.certificate;

import id.serambi.workshop.model.Participant;
import id.serambi.workshop.model.Workshop;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What one certificate of participation says. The name is the participant's as typed, not the
 * roster's "Siti (2)": the number only tells two people apart on the trainer's screen.
 *
 * @param trainer  the name of the trainer who ran the workshop, under the signature line
 * @param number   the certificate's own number, as printed ("ACDE-FGHJ")
 * @param checkAt  where anyone holding it can check the number
 */
public record Certificate(String name, String workshopTitle, String kelurahan, String place, LocalDate date,
                          String trainer, String number, String checkAt) {

    public static Certificate of(Workshop w, Participant p, String trainer, String number, String checkAt) {
        return new Certificate(p.name(), w.title(), w.kelurahan(), w.place(), w.date(), trainer, number, checkAt);
    }

    /**
     * The kelurahan without a leading "Kelurahan", which the certificate prints itself, so that
     * "Kelurahan Madatte" typed in full does not come out twice.
     */
    public String kelurahanName() {
        return kelurahanName(kelurahan);
    }

    /** {@code kelurahan} without a leading "Kelurahan", as {@link #kelurahanName()} gives it. */
    static String kelurahanName(String kelurahan) {
        String k = kelurahan.strip();
        String prefix = "kelurahan ";
        return k.toLowerCase(Locale.ROOT).startsWith(prefix) ? k.substring(prefix.length()).strip() : k;
    }
}
