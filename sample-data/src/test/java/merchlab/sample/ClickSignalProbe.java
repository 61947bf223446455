package merchlab.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import merchlab.sample.catalog.Vocabulary;

/**
 * A deliberately simple click model fitted on a generated log, to show the log has signal beyond position: logistic
 * regression on position, query-title word overlap, the shopper's earlier clicks in the product's category and brand,
 * price against the category median and the product's running CTR; trained before a cut-off day, tested after it.
 */
final class ClickSignalProbe {
    /** Test-period AUCs: the true probabilities, position alone, and the simple model. */
    record Result(double oracle, double positionOnly, double simpleModel, int testImpressions) {
    }

    private ClickSignalProbe() {
    }

    static Result run(GeneratedShop shop, String cutOff) {
        Map<String, Map<String, String>> products = new HashMap<>();
        ShopFiles.rows(shop.productsCsv()).forEach(p -> {
            p.put("top", p.get("product_type").split(" > ")[0]);
            products.put(p.get("id"), p);
        });
        Vocabulary vocabulary = Vocabulary.standard();
        List<String[]> events = ShopFiles.columns(shop.eventsCsv(), "timestamp", "user_id", "event_type",
                "product_id", "query", "position", "request_id", "true_click_probability");
        Set<String> clicked = new HashSet<>();
        events.stream().filter(e -> e[2].equals("click")).forEach(e -> clicked.add(e[6] + "/" + e[3]));
        Map<String, Set<String>> productWords = new HashMap<>();
        Map<String, Set<String>> queryWords = new HashMap<>();
        Map<String, Integer> userClicks = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> seenClicked = new HashMap<>();
        List<double[]> rows = new ArrayList<>();
        List<double[]> outcome = new ArrayList<>();
        for (String[] e : events) {
            Map<String, String> p = products.get(e[3]);
            if (e[2].equals("click")) {
                String path = p.get("product_type");
                userClicks.merge(e[1], 1, Integer::sum);
                userClicks.merge(e[1] + "|" + p.get("top"), 1, Integer::sum);
                userClicks.merge(e[1] + "|" + path, 1, Integer::sum);
                userClicks.merge(e[1] + "|b|" + p.get("brand"), 1, Integer::sum);
            }
            if (!e[2].equals("impression")) {
                continue;
            }
            String path = p.get("product_type");
            double n = userClicks.getOrDefault(e[1], 0);
            double price = Double.parseDouble(p.get("price").split(" ")[0]);
            int leaf = vocabulary.leafByPath(path);
            double median = vocabulary.medianPrice(leaf, merchlab.sample.Lang.parse(p.get("custom_label_0")));
            boolean click = clicked.contains(e[6] + "/" + e[3]);
            double impressions = seen.getOrDefault(e[3], 0);
            double clicks = seenClicked.getOrDefault(e[3], 0);
            rows.add(new double[] {1, Math.log(Double.parseDouble(e[5])), e[4].isEmpty() ? 0 : 1,
                overlap(queryWords.computeIfAbsent(e[4], ClickSignalProbe::words),
                        productWords.computeIfAbsent(e[3], id -> words(p.get("title") + " " + path))),
                userClicks.getOrDefault(e[1] + "|" + p.get("top"), 0) / (n + 1),
                userClicks.getOrDefault(e[1] + "|" + path, 0) / (n + 1),
                userClicks.containsKey(e[1] + "|b|" + p.get("brand")) ? 1 : 0, Math.log(n + 1),
                Math.log(price / median), (clicks + 0.35) / (impressions + 5)});
            outcome.add(new double[] {click ? 1 : 0, Double.parseDouble(e[7]), e[0].compareTo(cutOff) >= 0 ? 1 : 0});
            seen.merge(e[3], 1, Integer::sum);
            seenClicked.merge(e[3], click ? 1 : 0, Integer::sum);
        }
        double[][] x = rows.toArray(new double[0][]);
        standardize(x, outcome);
        List<double[]> test = outcome.stream().filter(o -> o[2] == 1).toList();
        double[] oracle = test.stream().mapToDouble(o -> o[1]).toArray();
        double[] labels = test.stream().mapToDouble(o -> o[0]).toArray();
        return new Result(auc(oracle, labels), auc(score(x, outcome, fit(x, outcome, new int[] {0, 1}),
                new int[] {0, 1}), labels), auc(score(x, outcome, fit(x, outcome, all(x)), all(x)), labels),
                test.size());
    }

    private static double overlap(Set<String> q, Set<String> t) {
        if (q.isEmpty()) {
            return 0;
        }
        long shared = q.stream().filter(t::contains).count();
        return (double) shared / q.size();
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : lower.split("[\\s,\\-]+")) {
            if (w.length() > 1 && w.chars().allMatch(c -> c < 0x2E80)) {
                words.add(w);
            }
        }
        lower.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .forEach(c -> words.add(Character.toString(c)));
        return words;
    }

    private static int[] all(double[][] x) {
        return java.util.stream.IntStream.range(0, x[0].length).toArray();
    }

    private static void standardize(double[][] x, List<double[]> outcome) {
        for (int j = 1; j < x[0].length; j++) {
            double sum = 0;
            double squares = 0;
            int n = 0;
            for (int i = 0; i < x.length; i++) {
                if (outcome.get(i)[2] == 0) {
                    sum += x[i][j];
                    squares += x[i][j] * x[i][j];
                    n++;
                }
            }
            double mean = sum / n;
            double sd = Math.sqrt(Math.max(squares / n - mean * mean, 1e-12));
            for (double[] row : x) {
                row[j] = (row[j] - mean) / sd;
            }
        }
    }

    /** Logistic regression by Newton's method (a few iterations suffice for ten features). */
    private static double[] fit(double[][] x, List<double[]> outcome, int[] columns) {
        int k = columns.length;
        double[] w = new double[k];
        for (int step = 0; step < 8; step++) {
            double[] gradient = new double[k];
            double[][] hessian = new double[k][k + 1];
            for (int i = 0; i < x.length; i++) {
                if (outcome.get(i)[2] == 1) {
                    continue;
                }
                double z = 0;
                for (int a = 0; a < k; a++) {
                    z += w[a] * x[i][columns[a]];
                }
                double p = 1 / (1 + Math.exp(-z));
                double error = p - outcome.get(i)[0];
                for (int a = 0; a < k; a++) {
                    gradient[a] += error * x[i][columns[a]];
                    for (int b = 0; b < k; b++) {
                        hessian[a][b] += p * (1 - p) * x[i][columns[a]] * x[i][columns[b]];
                    }
                }
            }
            for (int a = 0; a < k; a++) {
                hessian[a][a] += 1e-6;
                hessian[a][k] = gradient[a];
            }
            double[] delta = solve(hessian);
            for (int a = 0; a < k; a++) {
                w[a] -= delta[a];
            }
        }
        return w;
    }

    /** Solves an augmented k x (k+1) system by Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] m) {
        int k = m.length;
        for (int col = 0; col < k; col++) {
            int pivot = col;
            for (int r = col + 1; r < k; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int r = col + 1; r < k; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c <= k; c++) {
                    m[r][c] -= f * m[col][c];
                }
            }
        }
        double[] x = new double[k];
        for (int r = k - 1; r >= 0; r--) {
            double sum = m[r][k];
            for (int c = r + 1; c < k; c++) {
                sum -= m[r][c] * x[c];
            }
            x[r] = sum / m[r][r];
        }
        return x;
    }

    private static double[] score(double[][] x, List<double[]> outcome, double[] w, int[] columns) {
        List<Double> scores = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (outcome.get(i)[2] == 1) {
                double z = 0;
                for (int j = 0; j < columns.length; j++) {
                    z += w[j] * x[i][columns[j]];
                }
                scores.add(z);
            }
        }
        return scores.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Rank AUC with ties at their mid rank. */
    static double auc(double[] scores, double[] labels) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double rankSum = 0;
        double positives = 0;
        for (int i = 0; i < order.length; ) {
            int j = i;
            while (j < order.length && scores[order[j]] == scores[order[i]]) {
                j++;
            }
            for (int k = i; k < j; k++) {
                if (labels[order[k]] == 1) {
                    rankSum += (i + 1 + j) / 2.0;
                    positives++;
                }
            }
            i = j;
        }
        double negatives = scores.length - positives;
        return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }
}
