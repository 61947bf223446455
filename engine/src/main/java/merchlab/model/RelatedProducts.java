package merchlab.model;

import java.util.List;

/** A model that can propose products related to a shopper's history, for candidate generation. */
public interface RelatedProducts {
    /** Up to {@code limit} product ids related to the history (oldest first), best first. */
    List<String> related(List<String> history, int limit);
}
