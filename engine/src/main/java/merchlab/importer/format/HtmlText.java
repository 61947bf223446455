package merchlab.importer.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The plain text of a product description that a shop exports as HTML: tags dropped, entities decoded, spaces tidied. */
final class HtmlText {
    private static final Pattern BLOCK = Pattern.compile("(?i)<\\s*(br|/p|/li|/div|/h[1-6]|/tr)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private HtmlText() {
    }

    /** The text of {@code html}; null or blank gives null. */
    static String of(String html) {
        if (html == null) {
            return null;
        }
        String s = html.indexOf('<') < 0 ? html : TAG.matcher(BLOCK.matcher(html).replaceAll(" ")).replaceAll("");
        if (s.indexOf('&') >= 0) {
            s = entities(s);
        }
        s = SPACE.matcher(s).replaceAll(" ").strip();
        return s.isEmpty() ? null : s;
    }

    private static String entities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entity(String name, String whole) {
        if (name.startsWith("#")) {
            try {
                int code = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(code) && !Character.isISOControl(code) && (code < 0xD800 || code > 0xDFFF)
                        ? new String(Character.toChars(code)) : " ";
            } catch (NumberFormatException e) {
                return whole;
            }
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            case "ndash" -> "\u2013";
            case "mdash" -> "\u2014";
            case "hellip" -> "\u2026";
            case "rsquo" -> "\u2019";
            case "lsquo" -> "\u2018";
            case "rdquo" -> "\u201D";
            case "ldquo" -> "\u201C";
            default -> whole;
        };
    }
}
