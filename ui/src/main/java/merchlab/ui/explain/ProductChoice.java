package merchlab.ui.explain;

import java.util.Locale;

/** A product as the Explain section lists it: its id and title. */
public record ProductChoice(String id, String title) {
    /** Whether the id or the title contains {@code text}, ignoring case. */
    public boolean matches(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() || id.toLowerCase(Locale.ROOT).contains(t)
                || (title != null && title.toLowerCase(Locale.ROOT).contains(t));
    }

    @Override
    public String toString() {
        return title == null ? id : id + " · " + title;
    }
}
