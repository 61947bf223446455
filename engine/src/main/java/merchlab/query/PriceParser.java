package merchlab.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads price constraints written the way shoppers write them, in English and Chinese: "under 50", "below $30",
 * "50-100", "between 20 and 40", "$30 and up", "over 100", "around 50", "50元以下", "100元以内", "低于200块",
 * "100元以上", "50到100元", "200左右".
 */
public final class PriceParser {
    private static final String CUR = "(?:(?:\\$|€|£|¥|￥|rmb|usd|us\\$)\\s*)?";
    private static final String NUM = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s*(k|千|万))?";
    private static final String UNIT = "(?:\\s*(?:元|块钱|块|rmb|usd|dollars?|bucks|euros?|eur|pounds?))?";
    private static final String N = CUR + NUM + UNIT;

    /** How a pattern's numbers become a range. */
    private enum Kind { RANGE, MAX, MIN, AROUND }

    private record Rule(Pattern pattern, Kind kind) {
    }

    private static final List<Rule> RULES = List.of(
            rule("between\\s*" + N + "\\s*(?:-|–|—|~|～|to|and)\\s*" + N, Kind.RANGE),
            rule("(?:from\\s*)?" + N + "\\s*(?:-|–|—|~|～|to|到|至)\\s*" + N, Kind.RANGE),
            rule("(?:under|below|less than|cheaper than|up to|upto|max(?:imum)?|at most|no more than|not more than|within|<=?|≤)\\s*" + N, Kind.MAX),
            rule("(?:低于|少于|不超过|不到|不高于|小于|最多|最高)\\s*" + N, Kind.MAX),
            rule(N + "\\s*(?:以下|以内|之内|内|封顶)", Kind.MAX),
            rule("(?:over|above|more than|at least|min(?:imum)?|starting at|from|>=?|≥)\\s*" + N, Kind.MIN),
            rule(N + "\\s*(?:\\+|and up|and above|or more|plus|以上|起)", Kind.MIN),
            rule("(?:高于|超过|大于|多于|不低于|至少|最低)\\s*" + N, Kind.MIN),
            rule("(?:around|about|approx(?:imately)?|roughly|~|～|大约|大概)\\s*" + N, Kind.AROUND),
            rule(N + "\\s*(?:左右|上下)", Kind.AROUND));

    private static Rule rule(String regex, Kind kind) {
        return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), kind);
    }

    private PriceParser() {
    }

    /** A constraint and where it was written in the query. */
    public record Match(PriceRange range, int start, int end) {
    }

    /** Every price constraint in the query, left to right, not overlapping. */
    public static List<Match> findAll(String query) {
        List<Match> found = new ArrayList<>();
        if (query == null) {
            return found;
        }
        boolean[] taken = new boolean[query.length() + 1];
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(query);
            while (m.find()) {
                if (overlaps(taken, m.start(), m.end()) || !standsAlone(query, m.start(), m.end())
                        || (rule.kind() == Kind.RANGE && afterSizeWord(query, m.start()))) {
                    continue;
                }
                PriceRange range = range(rule.kind(), m);
                if (range == null) {
                    continue;
                }
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
                found.add(new Match(range, m.start(), m.end()));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Match::start));
        return found;
    }

    /** All constraints of the query combined, or empty when it states none. */
    public static Optional<PriceRange> parse(String query) {
        PriceRange combined = null;
        for (Match m : findAll(query)) {
            combined = combined == null ? m.range() : combined.intersect(m.range());
        }
        return Optional.ofNullable(combined);
    }

    /** The query with its price phrases removed and spacing tidied. */
    public static String strip(String query) {
        if (query == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(query);
        List<Match> matches = findAll(query);
        for (int i = matches.size() - 1; i >= 0; i--) {
            out.replace(matches.get(i).start(), matches.get(i).end(), " ");
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    /** A Latin match must not start or end inside a word ("size 42-44" digits aside, "50" inside "a50" is no price). */
    private static boolean standsAlone(String q, int start, int end) {
        boolean before = start == 0 || !Character.isLetterOrDigit(q.charAt(start - 1)) || isCjk(q.charAt(start - 1));
        boolean after = end >= q.length() || !Character.isLetterOrDigit(q.charAt(end)) || isCjk(q.charAt(end))
                || isCjk(q.charAt(end - 1));
        return before && after;
    }

    /** "size 42-44" and "尺码 36-38" are sizes, not prices. */
    private static boolean afterSizeWord(String q, int start) {
        String before = q.substring(Math.max(0, start - 10), start).toLowerCase(java.util.Locale.ROOT);
        return before.contains("size") || before.contains("码") || before.contains("尺寸");
    }

    private static boolean isCjk(char c) {
        return merchlab.text.Scripts.isCjk(c);
    }

    private static PriceRange range(Kind kind, Matcher m) {
        Double a = number(m.group(1), m.group(2));
        if (a == null) {
            return null;
        }
        return switch (kind) {
            case RANGE -> {
                Double b = number(m.group(3), m.group(4));
                yield b == null ? null : new PriceRange(a, b);
            }
            case MAX -> new PriceRange(null, a);
            case MIN -> new PriceRange(a, null);
            case AROUND -> new PriceRange(round(a * 0.8), round(a * 1.2));
        };
    }

    private static Double number(String digits, String multiplier) {
        if (digits == null) {
            return null;
        }
        double v = Double.parseDouble(digits.replace(",", ""));
        if (multiplier != null) {
            v *= switch (multiplier.toLowerCase(java.util.Locale.ROOT)) {
                case "k", "千" -> 1_000;
                case "万" -> 10_000;
                default -> 1;
            };
        }
        return v;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
