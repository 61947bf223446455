package merchlab.importer.read;

/** Parses the numbers of import files strictly: a value that is not a clean number is a row problem. */
public final class Numbers {
    private Numbers() {
    }

    /** A decimal number ({@code 12.99}, {@code -3}, {@code 1e3}); {@code what} names the field. */
    public static double decimal(String text, String what) throws RowProblem {
        String s = text.strip();
        if (s.isEmpty() || !looksNumeric(s)) {
            throw notNumber(what, text);
        }
        try {
            double v = Double.parseDouble(s);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw notNumber(what, text);
            }
            return v;
        } catch (NumberFormatException e) {
            throw notNumber(what, text);
        }
    }

    /** A whole number; {@code 3.0} is accepted, {@code 3.5} is not. */
    public static long whole(String text, String what) throws RowProblem {
        String s = text.strip();
        if (s.isEmpty()) {
            throw notNumber(what, text);
        }
        int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        boolean simple = s.length() > i && s.length() - i <= 18;
        for (int k = i; simple && k < s.length(); k++) {
            char c = s.charAt(k);
            simple = c >= '0' && c <= '9';
        }
        if (simple) {
            return Long.parseLong(s);
        }
        double v = decimal(s, what);
        if (v != Math.rint(v) || Math.abs(v) > 9.0e15) {
            throw new RowProblem(what + " '" + clip(text) + "' is not a whole number");
        }
        return (long) v;
    }

    /** A whole number of at least {@code min}. */
    public static long atLeast(String text, long min, String what) throws RowProblem {
        long v = whole(text, what);
        if (v < min) {
            throw new RowProblem(what + " " + v + " is below " + min);
        }
        return v;
    }

    private static boolean looksNumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return false;
            }
        }
        return true;
    }

    private static RowProblem notNumber(String what, String text) {
        return new RowProblem(what + " '" + clip(text) + "' is not a number");
    }

    /** A value shortened for a message. */
    public static String clip(String text) {
        return clip(text, 40);
    }

    /**
     * {@code text} cut to {@code max} characters for a message, with control characters (line breaks, escape, NUL)
     * shown as {@code ?} so that a message never moves a terminal's cursor or colours it.
     */
    public static String clip(String text, int max) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), max + 1));
        for (int i = 0; i < text.length() && sb.length() <= max; i++) {
            char c = text.charAt(i);
            sb.append(Character.isISOControl(c) ? '?' : c);
        }
        return sb.length() <= max ? sb.toString() : sb.substring(0, max - 3) + "...";
    }
}
