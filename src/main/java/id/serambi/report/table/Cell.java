package id.serambi.report.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * One cell of a table for a page, a CSV or a spreadsheet: a text, or a number that each writer
 * shows its own way (in the reader's locale on a page, with a point in a CSV, as a number a
 * spreadsheet can add up).
 */
public sealed interface Cell {

    static Cell of(String text) {
        return new Plain(text);
    }

    static Cell of(long count) {
        return new Num(count, 0);
    }

    static Cell of(double value, int decimals) {
        return new Num(value, decimals);
    }

    /** How a page shows it. */
    String shown(Locale locale);

    record Plain(String text) implements Cell {
        public Plain {
            Objects.requireNonNull(text);
        }

        @Override
        public String shown(Locale locale) {
            return text;
        }
    }

    /** A number and the decimals it is shown with. */
    record Num(double value, int decimals) implements Cell {
        public Num {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("not a number to show: " + value);
            }
        }

        @Override
        public String shown(Locale locale) {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMinimumFractionDigits(decimals);
            f.setMaximumFractionDigits(decimals);
            f.setRoundingMode(RoundingMode.HALF_UP);
            return f.format(rounded());
        }

        /** As machines read it: a point for decimals, no grouping. */
        public String plain() {
            return rounded().toPlainString();
        }

        private BigDecimal rounded() {
            return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        }
    }
}
