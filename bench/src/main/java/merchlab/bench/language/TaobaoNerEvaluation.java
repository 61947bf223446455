package merchlab.bench.language;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import merchlab.query.TermMatcher;

/**
 * Brand ({@code HP}) and product-word ({@code HC}) extraction on the Taobao NER corpus, the way query understanding
 * reads brands and category words: a vocabulary collected from the training titles (the shop's own words), matched by
 * longest match. A word enters the vocabulary when it is tagged as that entity in at least {@code minPrecision} of its
 * occurrences in the training text; the threshold is chosen on the dev split and the figures reported on test.
 * Scores are exact-span precision, recall and F1 per type.
 */
public final class TaobaoNerEvaluation {
    /** Precision, recall and F1 of one entity type (or all). */
    public record Score(String type, int gold, int predicted, int correct, double precision, double recall, double f1) {
    }

    /** The figures at one vocabulary threshold on one split. */
    public record Run(String split, double minPrecision, int vocabulary, List<Score> scores) {
    }

    /**
     * Dev runs for each threshold tried, the test run at the best dev threshold (by overall F1), the test run with no
     * threshold, and per type the share of test entities whose words occur as that entity in training at all (the
     * recall a vocabulary could reach).
     */
    public record Report(List<Run> dev, Run test, Run testUnfiltered, Map<String, Double> testEntitiesSeenInTraining) {
    }

    /** The thresholds tried on dev. */
    public static final double[] THRESHOLDS = {0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7};

    private final Path folder;

    /** @param folder the folder with train.txt.bieos, dev.txt.bieos and test.txt.bieos */
    public TaobaoNerEvaluation(Path folder) {
        this.folder = folder;
    }

    public Report run() {
        List<BieosCorpus.Sentence> train = BieosCorpus.read(folder.resolve("train.txt.bieos"));
        List<BieosCorpus.Sentence> dev = BieosCorpus.read(folder.resolve("dev.txt.bieos"));
        List<BieosCorpus.Sentence> test = BieosCorpus.read(folder.resolve("test.txt.bieos"));
        Vocabulary vocabulary = Vocabulary.collect(train);
        List<Run> devRuns = new ArrayList<>();
        Run best = null;
        for (double t : THRESHOLDS) {
            Run r = evaluate("dev", t, vocabulary, dev);
            devRuns.add(r);
            if (best == null || overall(r).f1() > overall(best).f1()) {
                best = r;
            }
        }
        return new Report(devRuns, evaluate("test", best.minPrecision(), vocabulary, test),
                evaluate("test", 0.0, vocabulary, test), vocabulary.seen(test));
    }

    private static Score overall(Run r) {
        return r.scores().get(r.scores().size() - 1);
    }

    private static Run evaluate(String split, double minPrecision, Vocabulary vocabulary, List<BieosCorpus.Sentence> sentences) {
        TermMatcher<String> matcher = vocabulary.matcher(minPrecision);
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String type : List.of("HP", "HC", "all")) {
            counts.put(type, new int[3]);
        }
        for (BieosCorpus.Sentence s : sentences) {
            Set<BieosCorpus.Span> gold = new HashSet<>();
            for (BieosCorpus.Span g : s.spans()) {
                gold.add(new BieosCorpus.Span(g.type(), g.text(), g.start(), g.end()));
            }
            Set<BieosCorpus.Span> predicted = new HashSet<>();
            for (TermMatcher.Found<String> f : matcher.findAll(s.text())) {
                predicted.add(new BieosCorpus.Span(f.value(), f.surface(), f.start(), f.end()));
            }
            for (BieosCorpus.Span g : gold) {
                counts.computeIfAbsent(g.type(), k -> new int[3])[0]++;
                counts.get("all")[0]++;
            }
            for (BieosCorpus.Span p : predicted) {
                counts.computeIfAbsent(p.type(), k -> new int[3])[1]++;
                counts.get("all")[1]++;
                if (gold.contains(p)) {
                    counts.get(p.type())[2]++;
                    counts.get("all")[2]++;
                }
            }
        }
        List<Score> scores = new ArrayList<>();
        counts.forEach((type, c) -> {
            double p = c[1] == 0 ? 0 : (double) c[2] / c[1];
            double r = c[0] == 0 ? 0 : (double) c[2] / c[0];
            scores.add(new Score(type, c[0], c[1], c[2], p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)));
        });
        return new Run(split, minPrecision, matcher.size(), scores);
    }

    /** Entity words of the training split with how often each is tagged and how often it occurs at all. */
    static final class Vocabulary {
        private final Map<String, Map<String, Integer>> tagged = new HashMap<>();
        private final Map<String, String> surface = new HashMap<>();
        private final Map<String, Integer> occurrences = new HashMap<>();

        static Vocabulary collect(List<BieosCorpus.Sentence> train) {
            Vocabulary v = new Vocabulary();
            int longest = 1;
            for (BieosCorpus.Sentence s : train) {
                for (BieosCorpus.Span span : s.spans()) {
                    List<TermMatcher.Unit> units = TermMatcher.units(span.text());
                    if (units.isEmpty()) {
                        continue;
                    }
                    String key = TermMatcher.key(units, 0, units.size());
                    v.tagged.computeIfAbsent(key, k -> new HashMap<>()).merge(span.type(), 1, Integer::sum);
                    v.surface.putIfAbsent(key, span.text());
                    longest = Math.max(longest, units.size());
                }
            }
            for (BieosCorpus.Sentence s : train) {
                List<TermMatcher.Unit> units = TermMatcher.units(s.text());
                for (int i = 0; i < units.size(); i++) {
                    for (int n = 1; n <= longest && i + n <= units.size(); n++) {
                        String key = TermMatcher.key(units, i, i + n);
                        if (v.tagged.containsKey(key)) {
                            v.occurrences.merge(key, 1, Integer::sum);
                        }
                    }
                }
            }
            return v;
        }

        /** Per type, the share of the entities of {@code sentences} that were tagged with that type in training. */
        Map<String, Double> seen(List<BieosCorpus.Sentence> sentences) {
            Map<String, int[]> counts = new LinkedHashMap<>();
            for (BieosCorpus.Sentence s : sentences) {
                for (BieosCorpus.Span span : s.spans()) {
                    List<TermMatcher.Unit> units = TermMatcher.units(span.text());
                    Map<String, Integer> types = units.isEmpty() ? null : tagged.get(TermMatcher.key(units, 0, units.size()));
                    int[] c = counts.computeIfAbsent(span.type(), k -> new int[2]);
                    c[0] += types != null && types.containsKey(span.type()) ? 1 : 0;
                    c[1]++;
                }
            }
            Map<String, Double> share = new LinkedHashMap<>();
            counts.forEach((type, c) -> share.put(type, (double) c[0] / c[1]));
            return share;
        }

        /** A matcher of the words tagged in at least {@code minPrecision} of their occurrences, by their usual type. */
        TermMatcher<String> matcher(double minPrecision) {
            TermMatcher<String> m = new TermMatcher<>();
            List<String> keys = new ArrayList<>(tagged.keySet());
            keys.sort(null);
            for (String key : keys) {
                Map<String, Integer> byType = tagged.get(key);
                String type = null;
                int best = 0;
                int total = 0;
                for (Map.Entry<String, Integer> e : byType.entrySet()) {
                    total += e.getValue();
                    if (e.getValue() > best || (e.getValue() == best && e.getKey().compareTo(type) < 0)) {
                        best = e.getValue();
                        type = e.getKey();
                    }
                }
                double precision = (double) total / Math.max(total, occurrences.getOrDefault(key, total));
                if (precision >= minPrecision) {
                    m.add(surface.get(key), type);
                }
            }
            return m;
        }
    }
}
