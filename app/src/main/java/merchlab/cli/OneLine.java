package merchlab.cli;

/**
 * Makes text from a file safe to print on a terminal as one line: control characters (escape, NUL, line breaks)
 * are shown as {@code \xNN} instead of being sent to the terminal.
 */
final class OneLine {
    private OneLine() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
                sb.append(String.format("\\x%02X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
