package id.serambi.instagram.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hashtags and @accounts: reading them from what staff type, and finding them in a caption. */
public final class Handles {
    /** An Instagram username: letters, digits, periods and underscores. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@])@([A-Za-z0-9._]{1,30})");
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_&])#([\\p{L}\\p{N}_]+)");

    private Handles() {
    }

    /** Words typed with or without their {@code #}/{@code @}, separated by spaces or commas, each once. */
    public static List<String> list(String typed) {
        Set<String> out = new LinkedHashSet<>();
        if (typed != null) {
            for (String w : typed.split("[\\s,]+")) {
                String bare = bare(w);
                if (!bare.isEmpty()) {
                    out.add(bare);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** A word without the {@code #} or {@code @} in front. */
    public static String bare(String word) {
        String w = word.strip();
        while (w.startsWith("#") || w.startsWith("@")) {
            w = w.substring(1);
        }
        return w;
    }

    /** The accounts a text mentions, lower-cased, each once. */
    public static Set<String> mentions(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String name = m.group(1).replaceAll("\\.+$", "");
            if (!name.isEmpty()) {
                out.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Every hashtag in a text, as many times as it appears. */
    public static List<String> hashtags(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = HASHTAG.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
