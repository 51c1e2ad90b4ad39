package id.serambi.bench;

import id.serambi.chat.engine.ChatEngine;
import id.serambi.chat.engine.ChatState;
import id.serambi.chat.engine.Mode;
import id.serambi.chat.engine.Step;
import id.serambi.chat.menu.MenuCatalog;
import id.serambi.course.ContentRoot;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Messages per second through the conversation engine on one thread, against a baseline run in
 * the same go: the same messages only trimmed, lower-cased and encoded to UTF-8 bytes, about the
 * least any chat bot does with a message.
 * Run by {@code bench/engine.sh}; prints each round and the medians.
 */
public final class EngineBench {
    private static final String[] SCRIPT = {"Halo", "Menu", "2", "1", "0", "2", "dua", "kembali", "3",
            "menu!", "1.", "apa ini?", "0", " MENU ", "4", "0", "satu"};

    public static void main(String[] args) {
        int rounds = Integer.parseInt(System.getProperty("rounds", "5"));
        long roundMillis = Long.parseLong(System.getProperty("roundMillis", "2000"));
        long warmupMillis = Long.parseLong(System.getProperty("warmupMillis", "5000"));
        String menuId = System.getProperty("menu", "madatte-lengkap");
        ChatEngine engine = MenuCatalog.load(ContentRoot.bundled()).engine(menuId).orElseThrow();

        System.out.printf("menu %s, %d messages in the script, API mode, one thread%n", menuId, SCRIPT.length);
        run(engine, warmupMillis);
        baseline(warmupMillis);
        List<Double> engineRates = new ArrayList<>();
        List<Double> baseRates = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            double base = baseline(roundMillis);
            double rate = run(engine, roundMillis);
            baseRates.add(base);
            engineRates.add(rate);
            ratios.add(rate / base);
            System.out.printf("round %d: engine %,.0f msg/s, baseline %,.0f msg/s, engine/baseline %.4f%n",
                    r, rate, base, rate / base);
        }
        System.out.printf("median: engine %,.0f msg/s, baseline %,.0f msg/s, engine/baseline %.4f%n",
                median(engineRates), median(baseRates), median(ratios));
    }

    /** Plays the script over and over in one chat, a minute between messages; returns messages/s. */
    private static double run(ChatEngine engine, long millis) {
        ChatState state = ChatState.NEW;
        Instant at = Instant.parse("2026-03-02T01:00:00Z");
        long count = 0;
        long sink = 0;
        long end = System.nanoTime() + millis * 1_000_000;
        long start = System.nanoTime();
        while (System.nanoTime() < end) {
            for (String text : SCRIPT) {
                Step step = engine.receive(state, Mode.API, text, at);
                state = step.state();
                sink += step.messages().size();
                at = at.plus(Duration.ofMinutes(1));
            }
            count += SCRIPT.length;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sink == 0) {
            throw new IllegalStateException("the engine answered nothing");
        }
        return count / seconds;
    }

    private static double baseline(long millis) {
        long count = 0;
        long sink = 0;
        long end = System.nanoTime() + millis * 1_000_000;
        long start = System.nanoTime();
        while (System.nanoTime() < end) {
            for (String text : SCRIPT) {
                sink += text.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8).length;
            }
            count += SCRIPT.length;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sink == 42) {
            System.out.print("");
        }
        return count / seconds;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
