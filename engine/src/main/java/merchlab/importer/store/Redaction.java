package merchlab.importer.store;

import java.util.regex.Pattern;

/**
 * Takes the file's own values out of a message about a pseudonymised import (a rejection, a skip reason, a note or a
 * whole-file error), so that a shopper id in a misplaced column is neither stored nor shown: quoted values, long
 * numbers and whatever follows a parser's own words give way to an ellipsis; the kind of problem stays.
 */
public final class Redaction {
    private static final String HIDDEN = "\u2026";
    private static final Pattern QUOTED = Pattern.compile("'.*'|\".*\"", Pattern.DOTALL);
    private static final Pattern PARSER_DETAIL = Pattern.compile("^(not valid JSON|invalid value)(:).*$", Pattern.DOTALL);
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d[\\d.,:eE+-]{3,}");

    private Redaction() {
    }

    /** {@code message} with the values it quotes from the file replaced by an ellipsis; null stays null. */
    public static String of(String message) {
        if (message == null) {
            return null;
        }
        String out = PARSER_DETAIL.matcher(message).replaceAll("$1");
        out = QUOTED.matcher(out).replaceAll("'" + HIDDEN + "'");
        out = LONG_NUMBER.matcher(out).replaceAll(HIDDEN);
        return out + " (values hidden: the import pseudonymises shopper ids)";
    }
}
