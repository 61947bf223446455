package merchlab.ui.explore;

import java.util.Locale;

/** How a judged grade reads: the ESCI label where the grade is one of its gains (1, 0.1, 0.01, 0), else the number. */
final class Grades {
    private Grades() {
    }

    /** 1.0 -> "judged Exact", 0.1 -> "judged Substitute", 0.01 -> "judged Complement", 0 -> "judged Irrelevant". */
    static String label(double grade) {
        if (grade == 1.0) {
            return "judged Exact";
        }
        if (grade == 0.1) {
            return "judged Substitute";
        }
        if (grade == 0.01) {
            return "judged Complement";
        }
        if (grade == 0) {
            return "judged Irrelevant";
        }
        return String.format(Locale.ROOT, "judged %.2f", grade);
    }
}
