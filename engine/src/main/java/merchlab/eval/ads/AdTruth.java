package merchlab.eval.ads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import merchlab.MerchLabException;
import merchlab.ads.AdRequest;
import merchlab.csv.CsvRows;

/**
 * A generated shop's true ad click probabilities, the oracle of a replay: {@code ad_truth.csv} gives every eligible
 * ad's position-free click probability in every ad request, and {@code truth.json} beside it the examination curve,
 * {@code position^-eta}; the probability in slot s is their product (see docs/sample-data.md).
 */
public final class AdTruth implements AdOutcomes {
    private final Map<String, Map<String, Double>> byRequest;
    private final double eta;

    private AdTruth(Map<String, Map<String, Double>> byRequest, double eta) {
        this.byRequest = byRequest;
        this.eta = eta;
    }

    /** Reads the truth of the given requests (the others are skipped, to keep a large shop's file in bounds). */
    public static AdTruth read(Path file, Set<String> requestIds) {
        if (!Files.isRegularFile(file)) {
            throw new MerchLabException("no ad truth file at " + file + ": generate the shop with --ad-slots");
        }
        Path json = file.resolveSibling("truth.json");
        double eta;
        try {
            JsonNode node = new ObjectMapper().readTree(json.toFile()).path("clickModel").path("examination")
                    .path("eta");
            if (!node.isNumber()) {
                throw new MerchLabException(json + " has no clickModel.examination.eta: is it a generated shop's "
                        + "truth.json?");
            }
            eta = node.asDouble();
        } catch (IOException e) {
            throw new MerchLabException("cannot read " + json + " (the examination curve of " + file.getFileName()
                    + "): " + e.getMessage(), e);
        }
        Map<String, Map<String, Double>> byRequest = new HashMap<>();
        try (CsvRows rows = CsvRows.open(file)) {
            List<String> header = rows.next();
            int request = column(header, "request_id", file);
            int product = column(header, "product_id", file);
            int probability = column(header, "click_probability", file);
            for (List<String> row = rows.next(); row != null; row = rows.next()) {
                if (requestIds.contains(row.get(request))) {
                    byRequest.computeIfAbsent(row.get(request), r -> new HashMap<>())
                            .put(row.get(product), Double.parseDouble(row.get(probability)));
                }
            }
        } catch (NumberFormatException e) {
            throw new MerchLabException(file + ": a click probability is not a number: " + e.getMessage(), e);
        }
        return new AdTruth(byRequest, eta);
    }

    private static int column(List<String> header, String name, Path file) {
        int i = header == null ? -1 : header.indexOf(name);
        if (i < 0) {
            throw new MerchLabException(file + " has no column " + name + ": is it a generated shop's ad_truth.csv?");
        }
        return i;
    }

    /** Requests the file covers, of those asked for. */
    public int requests() {
        return byRequest.size();
    }

    @Override
    public String source() {
        return "truth";
    }

    @Override
    public double clickProbability(AdRequest request, String productId, int slot) {
        Double p = byRequest.getOrDefault(request.requestId(), Map.of()).get(productId);
        return p == null ? Double.NaN : p * StrictMath.pow(slot, -eta);
    }
}
