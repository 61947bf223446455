package merchlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.ads.AuctionRules;
import merchlab.eval.ads.AdSimulation;
import merchlab.eval.ads.CampaignResult;
import merchlab.eval.ads.ReplayResult;
import merchlab.eval.ads.SlotCalibration;
import merchlab.features.ShopData;
import merchlab.metric.CalibrationError;
import merchlab.shop.AdAuctions;
import merchlab.shop.ShopServices;
import merchlab.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code merchlab ads simulate}: the test period's ad requests replayed under each predicted CTR. */
@Command(name = "simulate", mixinStandardHelpOptions = true, description = "replay the test period's ad requests: "
        + "revenue, ad CTR, cost per click, return on spend and judged relevance under the calibrated ranker, the "
        + "oracle, popularity and bids alone, and the revenue against relevance trade-off")
final class AdsSimulateCommand implements Runnable {
    private final ShopServices services;

    AdsSimulateCommand(ShopServices services) {
        this.services = services;
    }

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--model", paramLabel = "NAME", description = "the ranker (default: the newest)")
    String model;

    @Mixin
    AuctionOptions auction;

    @Option(names = "--truth", paramLabel = "FILE", description = "a generated shop's ad_truth.csv (truth.json beside "
            + "it): clicks follow the true probabilities and the oracle joins; without it the calibrated ranker "
            + "stands in for the shoppers")
    Path truth;

    @Option(names = "--json", description = "print one JSON document on standard output")
    boolean json;

    @Override
    public void run() {
        AuctionRules rules = auction.rules();
        Workspace ws = workspace.open();
        long started = System.nanoTime();
        AdSimulation.Report report;
        try (ShopData data = services.data(ws); AdAuctions ads = services.ads(data)) {
            report = ads.simulate(model, new AdSimulation.Settings(rules.reserveCents(), rules.relevanceWeight(), true),
                    truth, CancelToken.none());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        report.warnings().forEach(w -> System.err.println("warning: " + w));
        if (json) {
            Json.print(document(report, seconds));
            return;
        }
        System.out.printf(Locale.ROOT, "%,d test-period ad requests replayed in %.1f s (clicks from the %s)%n",
                report.requests(), seconds, report.clicks().equals("truth") ? "generator's truth"
                        : "calibrated ranker: no truth file");
        report.calibrators().forEach((source, c) -> System.out.printf(Locale.ROOT,
                "calibration of %s by slot: %s (all slots: %s)%n", source, c.method(),
                c.overall().calibrator().method()));
        int width = Math.max(9, report.results().stream().mapToInt(r -> r.calibration().length()).max().orElse(0));
        String columns = "  %-11s %-" + width + "s";
        System.out.printf(Locale.ROOT, columns + " %10s %8s %7s %7s %8s %9s%n", "pCTR", "calib.", "revenue", "ad CTR",
                "CPC", "ROAS", "ECE", "irrelev.");
        for (ReplayResult r : report.results()) {
            System.out.printf(Locale.ROOT, columns + " %10.2f %8.4f %7.3f %7.2f %8.4f %9.4f%n", r.pctr(),
                    r.calibration(), r.revenue(), r.adCtr(), r.costPerClick(), r.returnOnSpend(), report.ece(r),
                    r.irrelevantShare());
        }
        System.out.println("trade-off (ranker): reserve, relevance weight -> revenue, irrelevant share, mean gain");
        for (ReplayResult r : report.tradeoff()) {
            System.out.printf(Locale.ROOT, "  %.2f  %.2f  ->  %10.2f  %.4f  %.3f%n", r.reserve(), r.relevanceWeight(),
                    r.revenue(), r.irrelevantShare(), r.meanGain());
        }
        System.out.println("calibration on the test period's ads (slot 0: all): ECE before -> after");
        for (SlotCalibration c : report.calibration()) {
            System.out.printf(Locale.ROOT, "  %-11s slot %d  %,7d ads  %.4f -> %.4f%n", c.pctr(), c.slot(), c.ads(),
                    c.eceBefore(), c.eceAfter());
        }
    }

    static Map<String, Object> document(AdSimulation.Report report, double seconds) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("requests", report.requests());
        doc.put("clicks", report.clicks());
        Map<String, Object> calibrators = new LinkedHashMap<>();
        report.calibrators().forEach((source, c) -> calibrators.put(source, c.asMap()));
        doc.put("calibrators", calibrators);
        List<Map<String, Object>> results = new ArrayList<>();
        for (ReplayResult r : report.results()) {
            Map<String, Object> row = row(r);
            row.put("ece", report.ece(r));
            row.put("campaigns", campaigns(r.campaigns()));
            results.add(row);
        }
        doc.put("results", results);
        doc.put("tradeoff", report.tradeoff().stream().map(AdsSimulateCommand::row).toList());
        List<Map<String, Object>> calibration = new ArrayList<>();
        for (SlotCalibration c : report.calibration()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("pctr", c.pctr());
            row.put("slot", c.slot());
            row.put("ads", c.ads());
            row.put("eceBefore", c.eceBefore());
            row.put("eceAfter", c.eceAfter());
            row.put("before", curve(c.before()));
            row.put("after", curve(c.after()));
            calibration.add(row);
        }
        doc.put("calibration", calibration);
        doc.put("warnings", report.warnings());
        doc.put("seconds", seconds);
        return doc;
    }

    /** A reliability curve: each bucket with ads, as {@code [mean predicted, observed CTR, ads]}. */
    private static List<List<Number>> curve(CalibrationError.Bucket[] buckets) {
        List<List<Number>> points = new ArrayList<>();
        for (CalibrationError.Bucket b : buckets) {
            if (b.count() > 0) {
                points.add(List.of(b.meanPredicted(), b.observedRate(), b.count()));
            }
        }
        return points;
    }

    private static Map<String, Object> row(ReplayResult r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("pctr", r.pctr());
        row.put("calibration", r.calibration());
        row.put("reserve", r.reserve());
        row.put("relevanceWeight", r.relevanceWeight());
        row.put("adsShown", r.adsShown());
        row.put("clicks", r.clicks());
        row.put("revenue", r.revenue());
        row.put("adCtr", r.adCtr());
        row.put("costPerClick", r.costPerClick());
        row.put("returnOnSpend", r.returnOnSpend());
        row.put("judgedShare", r.judgedShare());
        row.put("meanGain", r.meanGain());
        row.put("irrelevantShare", r.irrelevantShare());
        return row;
    }

    private static List<Map<String, Object>> campaigns(List<CampaignResult> campaigns) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CampaignResult c : campaigns) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("campaign", c.campaignId());
            row.put("advertiser", c.advertiser());
            row.put("adsShown", c.adsShown());
            row.put("clicks", c.clicks());
            row.put("spend", c.spend());
            row.put("sales", c.sales());
            out.add(row);
        }
        return out;
    }
}
