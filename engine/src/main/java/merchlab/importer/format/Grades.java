package merchlab.importer.format;

import java.util.Locale;
import merchlab.importer.read.Numbers;
import merchlab.importer.read.RowProblem;

/** Relevance grades: a number as given, or an ESCI label (Exact 1.0, Substitute 0.1, Complement 0.01, Irrelevant 0). */
final class Grades {
    private Grades() {
    }

    static double parse(String text) throws RowProblem {
        if (text == null) {
            throw new RowProblem("missing grade");
        }
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "e", "exact":
                return 1.0;
            case "s", "substitute":
                return 0.1;
            case "c", "complement":
                return 0.01;
            case "i", "irrelevant":
                return 0.0;
            default:
                break;
        }
        double v;
        try {
            v = Numbers.decimal(text, "grade");
        } catch (RowProblem e) {
            throw new RowProblem("grade '" + Numbers.clip(text) + "' is neither a number nor E, S, C or I");
        }
        if (v < 0) {
            throw new RowProblem("grade " + Numbers.clip(text) + " is negative");
        }
        return v;
    }
}
