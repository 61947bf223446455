package merchlab.ui.ads;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import merchlab.eval.ads.AdSimulation;
import merchlab.eval.ads.CampaignResult;
import merchlab.ui.chart.ChartPanel;

/**
 * The replay part of the Ads section: Replay with progress and cancel, the optional truth file, then a row per
 * predicted-CTR source, the revenue against relevance trade-off and the reliability curves per slot as charts, and
 * the campaigns' spend under the chosen row.
 */
public final class ReplayPane {
    private final ReplayViewModel model;
    private final Function<Window, Optional<Path>> truthChooser;
    private final Button replay = new Button("Replay");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(-1);
    private final Button chooseTruth = new Button("Truth file…");
    private final Button clearTruth = new Button("No truth");
    private final Label truth = new Label();
    private final Label message = new Label();
    private final TableView<ReplayRow> results = new TableView<>();
    private final ChartPanel tradeoff = new ChartPanel("adsTradeoff", "Revenue vs relevance (ranker)",
            "mean judged gain of the ads shown", "revenue");
    private final ChartPanel reliability = new ChartPanel("adsReliability", "Calibration per slot",
            "predicted CTR", "observed CTR");
    private final ComboBox<String> source = new ComboBox<>();
    private final TableView<CampaignResult> campaigns = new TableView<>();
    private final Label campaignsTitle = new Label();

    ReplayPane(ReplayViewModel model, Function<Window, Optional<Path>> truthChooser, ChartPanel.ExportTargets targets) {
        this.model = model;
        this.truthChooser = truthChooser;
        tradeoff.setExportTargets(targets);
        reliability.setExportTargets(targets);
    }

    Node createView() {
        replay.setId("adsReplay");
        replay.getStyleClass().add("accent");
        cancel.setId("adsReplayCancel");
        progress.setId("adsReplayProgress");
        chooseTruth.setId("adsChooseTruth");
        chooseTruth.setTooltip(new Tooltip("A generated shop's ad_truth.csv (truth.json beside it): clicks follow the "
                + "true probabilities and the oracle joins; without it the calibrated ranker stands in for the "
                + "shoppers"));
        clearTruth.setId("adsClearTruth");
        truth.setId("adsTruthFile");
        message.setId("adsReplayMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane bar = new FlowPane(8, 6, replay, progress, cancel, chooseTruth, truth, clearTruth);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("Replay of the test period");
        title.getStyleClass().add("subsection-title");
        Label about = new Label("The test period's ad requests auctioned again with the ranker, reserve and "
                + "relevance weight above, beside the oracle, popularity and bids alone");
        about.getStyleClass().add("muted");
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE);
        initListeners();
        return new VBox(8, title, about, bar, message, resultsTable(), charts(), campaignsTitle, campaignsTable());
    }

    /** The revenue against relevance chart, for tests. */
    public ChartPanel tradeoff() {
        return tradeoff;
    }

    /** The reliability chart, for tests. */
    public ChartPanel reliability() {
        return reliability;
    }

    private Node resultsTable() {
        results.setId("adsResults");
        results.setPlaceholder(new Label("No replay yet: press Replay"));
        results.setPrefHeight(200);
        results.setMinHeight(Region.USE_PREF_SIZE);
        results.setTooltip(new Tooltip("ROAS: return on spend, the sales that follow the clicks per unit paid. Judged: "
                + "the share of search ads whose relevance to the query is judged. Irrelevant: the share of judged "
                + "searches that showed an ad judged below relevant. ECE: calibration error of the pCTR on the test "
                + "period's logged ads"));
        results.getColumns().add(AdsColumns.text("pCTR source", 200, ReplayRow::source));
        results.getColumns().add(AdsColumns.number("Revenue", 90, r -> AdsFormats.amount(r.result().revenue())));
        results.getColumns().add(AdsColumns.number("Ads shown", 80, r -> String.format(Locale.ROOT, "%,d",
                r.result().adsShown())));
        results.getColumns().add(AdsColumns.number("Clicks", 70, r -> String.format(Locale.ROOT, "%,.1f",
                r.result().clicks())));
        results.getColumns().add(AdsColumns.number("Ad CTR", 70, r -> AdsFormats.percent(r.result().adCtr())));
        results.getColumns().add(AdsColumns.number("CPC", 60, r -> AdsFormats.amount(r.result().costPerClick())));
        results.getColumns().add(AdsColumns.number("ROAS", 60, r -> AdsFormats.twoDecimals(
                r.result().returnOnSpend())));
        results.getColumns().add(AdsColumns.number("Judged", 70, r -> AdsFormats.ratio(
                r.result().judgedShare())));
        results.getColumns().add(AdsColumns.number("Irrelevant", 76, r -> AdsFormats.ratio(
                r.result().irrelevantShare())));
        results.getColumns().add(AdsColumns.number("ECE", 70, r -> AdsFormats.ratio(r.ece())));
        results.setItems(model.results());
        results.setTooltip(new Tooltip("Clicks are expected clicks. Return on spend: sales after the clicks per unit "
                + "paid. Judged share: ads on searches whose relevance is judged; irrelevant share: judged searches "
                + "that showed an ad judged irrelevant. ECE: calibration error of the pCTR on the test period's ads"));
        return results;
    }

    private Node charts() {
        source.setId("adsCalibrationSource");
        source.setItems(model.sources());
        source.setPromptText("source");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox chooser = new HBox(8, spacer, new Label("Calibration per slot of"), source);
        chooser.setAlignment(Pos.CENTER_LEFT);
        Node left = tradeoff.createView();
        Node right = reliability.createView();
        for (Node n : List.of(left, right)) {
            Region r = (Region) n;
            r.setPrefHeight(340);
            r.setMinWidth(ChartPanel.MIN_WIDTH + 20);
            r.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(r, Priority.ALWAYS);
        }
        HBox row = new HBox(16, left, right);
        row.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(4, chooser, row);
    }

    private Node campaignsTable() {
        campaignsTitle.getStyleClass().add("subsection-title");
        campaignsTitle.setId("adsCampaignsTitle");
        campaigns.setId("adsCampaigns");
        campaigns.setPlaceholder(new Label("Each campaign's spend appears after a replay"));
        campaigns.setPrefHeight(220);
        campaigns.setMinHeight(Region.USE_PREF_SIZE);
        campaigns.getColumns().add(AdsColumns.text("Campaign", 90, CampaignResult::campaignId));
        campaigns.getColumns().add(AdsColumns.text("Advertiser", 160, CampaignResult::advertiser));
        campaigns.getColumns().add(AdsColumns.number("Ads shown", 80, c -> String.format(Locale.ROOT, "%,d",
                c.adsShown())));
        campaigns.getColumns().add(AdsColumns.number("Clicks", 70, c -> String.format(Locale.ROOT, "%,.1f",
                c.clicks())));
        campaigns.getColumns().add(AdsColumns.number("Spend", 80, c -> AdsFormats.amount(c.spend())));
        campaigns.getColumns().add(AdsColumns.number("Sales", 80, c -> AdsFormats.amount(c.sales())));
        campaigns.getColumns().add(AdsColumns.number("Return on spend", 80, c -> AdsFormats.twoDecimals(
                c.returnOnSpend())));
        campaigns.setItems(model.campaigns());
        return campaigns;
    }

    private void initListeners() {
        replay.setOnAction(e -> model.replay());
        replay.disableProperty().bind(model.runningProperty().or(model.readyProperty().not()));
        cancel.setOnAction(e -> model.cancel());
        for (Node shown : List.of(cancel, progress)) {
            shown.visibleProperty().bind(model.runningProperty());
            shown.managedProperty().bind(model.runningProperty());
        }
        progress.progressProperty().bind(model.progressProperty());
        chooseTruth.setOnAction(e -> truthChooser.apply(chooseTruth.getScene() == null ? null
                : chooseTruth.getScene().getWindow()).ifPresent(model.truthFileProperty()::set));
        clearTruth.setOnAction(e -> model.truthFileProperty().set(null));
        clearTruth.visibleProperty().bind(model.truthFileProperty().isNotNull());
        clearTruth.managedProperty().bind(clearTruth.visibleProperty());
        truth.textProperty().bind(Bindings.createStringBinding(() -> model.truthFileProperty().get() == null
                ? "no truth file: the calibrated ranker stands in for the shoppers"
                : model.truthFileProperty().get().getFileName().toString(), model.truthFileProperty()));
        message.textProperty().bind(model.messageProperty());
        results.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && results.getSelectionModel().getSelectedItem() != now) {
                results.getSelectionModel().select(now);
            }
        });
        campaignsTitle.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? "Campaigns" : "Campaigns under " + model.selectedProperty().get().source(),
                model.selectedProperty()));
        source.valueProperty().bindBidirectional(model.calibrationSourceProperty());
        model.reportProperty().addListener((obs, old, now) -> draw());
        model.calibrationSourceProperty().addListener((obs, old, now) -> draw());
        draw();
    }

    private void draw() {
        AdSimulation.Report r = model.reportProperty().get();
        String chosen = model.calibrationSourceProperty().get();
        tradeoff.show(r == null ? List.of() : ReplayCurves.tradeoff(r));
        reliability.show(r == null || chosen == null ? List.of() : ReplayCurves.reliability(r, chosen));
    }
}
