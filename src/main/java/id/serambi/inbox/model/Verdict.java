package id.serambi.inbox.model;

import java.util.Arrays;
import java.util.Optional;

/** What a message is, as the learner judges it: the five answers the inbox offers. */
public enum Verdict {
    AMAN("aman"),
    HOAKS("hoaks"),
    PENIPUAN("penipuan"),
    PHISHING("phishing"),
    DATA_PRIBADI("minta-data-pribadi");

    private final String code;

    Verdict(String code) {
        this.code = code;
    }

    /** The word written in content files and forms. */
    public String code() {
        return code;
    }

    public static Optional<Verdict> of(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }
}
