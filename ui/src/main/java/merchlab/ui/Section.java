package merchlab.ui;

import java.util.function.Function;
import javafx.scene.Node;

/**
 * One screen of the workbench as the navigation lists it: adding a section to the window is one line in the
 * composition root's list of sections.
 *
 * @param id      a stable name, remembered between runs ("data", "explore", ...)
 * @param title   the navigation label
 * @param glyph   a one-character symbol shown beside the title
 * @param content builds the section's node the first time it is shown
 */
public record Section(String id, String title, String glyph, Function<Workbench, Node> content) {
}
