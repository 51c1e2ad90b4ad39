package id.serambi.report.stats;

/**
 * Moodle's reading of the facility index (its quiz statistics documentation): 5 or less extremely
 * difficult or something wrong with the question, 6-10 very difficult, 11-20 difficult, 20-34
 * moderately difficult, 35-64 about right for the average student, 66-80 fairly easy, 81-89 easy,
 * 90-94 very easy, 95-100 extremely easy.
 *
 * <p>Moodle's rows are whole numbers that leave gaps (5 to 6, 64 to 66) and give 20 to two rows; a
 * facility here has decimals, so each row is read from its lower figure up to the next row's:
 * below 6, below 11, below 20, below 35, below 65, below 81, below 90, below 95, and the rest. An
 * item is flagged only at the far ends ({@link ItemAnalysis#HARD_BELOW}, {@link ItemAnalysis#EASY_FROM}),
 * which are band edges too, so a flag always falls on whole bands.
 */
public enum Difficulty {
    EXTREMELY_DIFFICULT(6), VERY_DIFFICULT(11), DIFFICULT(20), MODERATELY_DIFFICULT(35),
    ABOUT_RIGHT(65), FAIRLY_EASY(81), EASY(90), VERY_EASY(95), EXTREMELY_EASY(Double.POSITIVE_INFINITY);

    private final double below;

    Difficulty(double below) {
        this.below = below;
    }

    /** The band of a facility index in percent. */
    public static Difficulty of(double facility) {
        for (Difficulty d : values()) {
            if (facility < d.below) {
                return d;
            }
        }
        return EXTREMELY_EASY;
    }
}
