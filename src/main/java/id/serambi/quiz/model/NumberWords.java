package id.serambi.quiz.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Numbers written in words, in Indonesian and English, read as digits: "lima belas", "limabelas"
 * and "fifteen" are 15, "dua ratus lima puluh" is 250, "seribu" is 1000. Used so that a typed
 * answer may give a number either way, as a prompt that says "Tulis angka atau kata" promises.
 */
public final class NumberWords {
    private enum Kind { UNIT, TEEN, TENS_OF, HUNDRED, THOUSAND, MILLION, AND }

    private record Word(Kind kind, long value) {
    }

    private static final Map<String, Word> WORDS = words();
    /** Indonesian compounds written as one word: "limabelas", "duapuluh", "tigaratus". */
    private static final Pattern GLUED = Pattern.compile(
            "\\b(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)(belas|puluh|ratus|ribu|juta)\\b");

    private NumberWords() {
    }

    /** The text, already lowercase with single spaces, with every run of number words replaced by its digits. */
    public static String digits(String text) {
        String spaced = GLUED.matcher(text).replaceAll("$1 $2");
        String[] tokens = spaced.split(" ", -1);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            int end = i;
            boolean startsWithAnd = isNumberWord(tokens[i]) && WORDS.get(parts(tokens[i]).get(0)).kind() == Kind.AND;
            while (!startsWithAnd && end < tokens.length && isNumberWord(tokens[end])) {
                end++;
            }
            // "and" joins number words ("one hundred and five"), never starts or ends a number
            while (end > i && WORDS.get(parts(tokens[end - 1]).get(0)).kind() == Kind.AND) {
                end--;
            }
            OptionalLong value = end > i ? value(tokens, i, end) : OptionalLong.empty();
            if (value.isPresent()) {
                out.add(Long.toString(value.getAsLong()));
                i = end;
            } else {
                out.add(tokens[i]);
                i++;
            }
        }
        return String.join(" ", out);
    }

    /** The number a whole text names in words, if it is one: "lima belas" gives 15. */
    public static OptionalLong number(String text) {
        String d = digits(text);
        return d.matches("\\d+") && !d.equals(text) ? OptionalLong.of(Long.parseLong(d)) : OptionalLong.empty();
    }

    private static boolean isNumberWord(String token) {
        List<String> parts = parts(token);
        return !parts.isEmpty() && parts.stream().allMatch(WORDS::containsKey);
    }

    /** English tens and units joined by a hyphen, "twenty-one", are two words. */
    private static List<String> parts(String token) {
        return token.isEmpty() ? List.of() : List.of(token.split("-", -1));
    }

    private static OptionalLong value(String[] tokens, int from, int to) {
        long total = 0;
        long hundreds = 0;
        long below = 0;
        boolean any = false;
        Kind last = null;
        for (int t = from; t < to; t++) {
            for (String part : parts(tokens[t])) {
                Word w = WORDS.get(part);
                switch (w.kind()) {
                    case UNIT -> {
                        // "twenty one" is one number; "dua tiga" or "five six" are two
                        boolean afterTens = below >= 20 && below % 10 == 0 && w.value() < 10;
                        if (last == Kind.UNIT && !afterTens) {
                            return OptionalLong.empty();
                        }
                        below += w.value();
                    }
                    case TEEN, TENS_OF -> {
                        if (last != Kind.UNIT || below == 0 || below >= 10) {
                            return OptionalLong.empty(); // "belas" or "puluh" needs its digit before it
                        }
                        below = w.kind() == Kind.TEEN ? below + 10 : below * 10;
                    }
                    case HUNDRED -> {
                        if (below == 0 && !part.startsWith("se")) {
                            return OptionalLong.empty(); // "ratus" alone is no number; "seratus" is
                        }
                        hundreds += (below == 0 ? 1 : below) * 100 * w.value();
                        below = 0;
                    }
                    case THOUSAND, MILLION -> {
                        long group = hundreds + below;
                        if (group == 0 && !part.startsWith("se")) {
                            return OptionalLong.empty();
                        }
                        total += (group == 0 ? 1 : group) * w.value();
                        hundreds = 0;
                        below = 0;
                    }
                    case AND -> {
                        continue;
                    }
                    default -> throw new IllegalStateException(w.kind().name());
                }
                any = true;
                last = w.kind();
            }
        }
        return any ? OptionalLong.of(total + hundreds + below) : OptionalLong.empty();
    }

    private static Map<String, Word> words() {
        Map<String, Word> m = new java.util.HashMap<>();
        String[] id = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"};
        for (int v = 0; v < id.length; v++) {
            m.put(id[v], new Word(Kind.UNIT, v));
        }
        m.put("sepuluh", new Word(Kind.UNIT, 10));
        m.put("sebelas", new Word(Kind.UNIT, 11));
        m.put("belas", new Word(Kind.TEEN, 0));
        m.put("puluh", new Word(Kind.TENS_OF, 0));
        m.put("ratus", new Word(Kind.HUNDRED, 1));
        m.put("seratus", new Word(Kind.HUNDRED, 1));
        m.put("ribu", new Word(Kind.THOUSAND, 1000));
        m.put("seribu", new Word(Kind.THOUSAND, 1000));
        m.put("juta", new Word(Kind.MILLION, 1_000_000));
        m.put("sejuta", new Word(Kind.MILLION, 1_000_000));
        String[] en = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int v = 0; v < en.length; v++) {
            m.put(en[v], new Word(Kind.UNIT, v));
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int v = 0; v < tens.length; v++) {
            m.put(tens[v], new Word(Kind.UNIT, (v + 2) * 10L));
        }
        m.put("hundred", new Word(Kind.HUNDRED, 1));
        m.put("thousand", new Word(Kind.THOUSAND, 1000));
        m.put("million", new Word(Kind.MILLION, 1_000_000));
        m.put("and", new Word(Kind.AND, 0));
        return Map.copyOf(m);
    }
}
