package id.serambi.report.dashboard;

import id.serambi.quiz.result.Group;

/**
 * The fixed words of exports and summary tables, already in the reader's language (the caller
 * takes them from the message bundles): column headings, the group names, "Lainnya", yes and no,
 * and the names of the summary rows.
 */
public record ExportWords(String response, String participant, String group, String submitted, String workshop,
                          String score, String warga, String aparat, String other, String yes, String no,
                          String option, String count, String percent, String agree, String neutral,
                          String disagree, String mean, String answer) {

    String group(Group g) {
        return g == Group.WARGA ? warga : aparat;
    }
}
