package merchlab.scoring;

import java.util.List;
import merchlab.model.ScoringRequest;

/** Proposes products worth scoring for a request, best first; the chosen model re-ranks the union of all sources. */
public interface CandidateSource {
    /** Short name shown with each product it found, for example {@code popular} or {@code semantic}. */
    String name();

    /** Up to {@code limit} product ids for the request, best first. */
    List<String> candidates(ScoringRequest request, int limit);
}
