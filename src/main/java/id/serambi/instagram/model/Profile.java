package id.serambi.instagram.model;

/**
 * The account's profile as the report has Madatte fill it in: name, category, office address,
 * the office's WhatsApp number as contact, and a short bio (where links belong).
 */
public record Profile(String name, String category, String address, String whatsapp, String bio) {
    /** The category the report chose for a kelurahan's account. */
    public static final String GOVERNMENT = "Organisasi Pemerintah";

    public Profile {
        name = clean(name);
        category = clean(category);
        address = clean(address);
        whatsapp = clean(whatsapp);
        bio = clean(bio);
    }

    /** A new plan's profile: Madatte's, as the report gives it, for the learner to change. */
    public static Profile madatte() {
        return new Profile("Kelurahan Madatte", GOVERNMENT,
                "Jalan Mr. Muh. Yamin, Kelurahan Madatte, Kecamatan Polewali, 91315", "",
                "Akun resmi Kantor Kelurahan Madatte. Layanan lewat WhatsApp kantor.");
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
