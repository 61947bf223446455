package merchlab.model;

import java.util.List;

/**
 * A model that predicts the click probability of products as they were shown, position included; the click
 * evaluation compares these with the logged clicks and with the true probabilities of generated logs.
 */
public interface ClickModel {
    /** Click probabilities of every product of every list, at the positions it was shown. */
    List<double[]> clickProbabilities(List<ShownList> lists);

    /**
     * One logged result list.
     *
     * @param positions the position each product was shown at, 1 = top
     */
    record ShownList(ScoringRequest request, List<String> products, int[] positions) {
    }
}
