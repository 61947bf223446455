package merchlab.ads;

/** Where a sponsored slot is shown: in a search result list or in a recommendation list. */
public enum Surface {
    SEARCH("search"), RECOMMENDATION("recommendation");

    private final String code;

    Surface(String code) {
        this.code = code;
    }

    /** The name written in files and the workspace. */
    public String code() {
        return code;
    }

    /** The surface a code names ({@code search} or {@code recommendation}). */
    public static Surface parse(String code) {
        for (Surface s : values()) {
            if (s.code.equalsIgnoreCase(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown surface '" + code + "': use search or recommendation");
    }
}
