package merchlab.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The placeholder a section shows until it is built. */
final class ComingSoonView {
    private final String title;
    private final String promise;

    ComingSoonView(String title, String promise) {
        this.title = title;
        this.promise = promise;
    }

    Node createView() {
        Label heading = new Label(title);
        heading.getStyleClass().add("placeholder-title");
        Label badge = new Label("Coming");
        badge.getStyleClass().add("badge");
        Label text = new Label(promise);
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.getStyleClass().add("placeholder-text");
        VBox box = new VBox(12, badge, heading, text);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("placeholder");
        box.setId("placeholder-" + title.toLowerCase(java.util.Locale.ROOT));
        return box;
    }
}
