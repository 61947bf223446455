package merchlab.prepare;

import java.util.List;

/**
 * How far a workspace is from being ready to explore and evaluate.
 *
 * @param products      products in the catalog
 * @param events        logged events
 * @param encoded       true when every product has a text vector from the workspace's encoder
 * @param searchIndexed true when the full-text search index holds every product at its current version
 * @param models        the default kinds that have a saved model
 * @param missingModels the default kinds without one, in training order
 */
public record Readiness(long products, long events, boolean encoded, boolean searchIndexed, List<String> models,
                        List<String> missingModels) {
    public Readiness {
        models = List.copyOf(models);
        missingModels = List.copyOf(missingModels);
    }

    /** True when there is data and preparing would do nothing. */
    public boolean ready() {
        return products > 0 && encoded && searchIndexed && (events == 0 || missingModels.isEmpty());
    }

    /** True when something was imported: a catalog at least. */
    public boolean imported() {
        return products > 0;
    }
}
