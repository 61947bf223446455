package merchlab.ui.ads;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import merchlab.csv.Decimals;
import merchlab.ui.VisitPicker;
import merchlab.ui.chart.Bar;
import merchlab.ui.chart.BarChartPanel;
import merchlab.ui.chart.ChartPanel;

/**
 * The Ads section: a visit (query or a shopper's recommendation list, hour and weekday), the ranker, reserve and
 * relevance weight; the auction of that visit as a table (each ad's bid, predicted CTR calibrated and raw, eCPM, the
 * slot it won and its price, or why it lost) with the selected ad's predicted CTR by feature group; a what-if bid for
 * one campaign; below, the replay of the test period ({@link ReplayPane}).
 */
public final class AdsView {
    private final AdsViewModel model;
    private final ReplayPane replay;
    private final ComboBox<String> modelChoice = new ComboBox<>();
    private final Label empty = new Label();
    private final Button emptyAction = new Button();
    private final TextField query = new TextField();
    private final ComboBox<String> shopper = new ComboBox<>();
    private final TextField reserve = new TextField();
    private final TextField weight = new TextField();
    private final ComboBox<CampaignChoice> whatIfCampaign = new ComboBox<>();
    private final TextField whatIfBid = new TextField();
    private final Label headline = new Label();
    private final Label message = new Label();
    private final ProgressIndicator running = new ProgressIndicator();
    private final TableView<AuctionRow> auction = new TableView<>();
    private final Label whyNote = new Label();
    private final BarChartPanel why = new BarChartPanel("adsWhy", "Predicted CTR by feature group",
            "share of the score");

    /**
     * @param truthChooser asks for a generated shop's ad_truth.csv (a file chooser in the window)
     * @param targets      where the charts' exports go
     */
    public AdsView(AdsViewModel model, Function<Window, Optional<Path>> truthChooser,
                   ChartPanel.ExportTargets targets) {
        this.model = model;
        this.replay = new ReplayPane(model.replay(), truthChooser, targets);
        why.setExportTargets(targets);
    }

    /** A native file chooser for a generated shop's ad_truth.csv. */
    public static Function<Window, Optional<Path>> truthChooser() {
        return owner -> {
            FileChooser c = new FileChooser();
            c.setTitle("A generated shop's ad truth (ad_truth.csv, truth.json beside it)");
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
            return Optional.ofNullable(c.showOpenDialog(owner)).map(java.io.File::toPath);
        };
    }

    public Node createView() {
        Label title = new Label("Ads");
        title.getStyleClass().add("section-title");
        modelChoice.setId("adsModel");
        modelChoice.setItems(model.models());
        modelChoice.setPromptText("no ranker");
        HBox header = new HBox(10, title, new Label("Ranker"), modelChoice);
        header.setAlignment(Pos.CENTER_LEFT);
        empty.setId("adsEmpty");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.setMinHeight(Region.USE_PREF_SIZE);
        emptyAction.setId("adsEmptyAction");
        VBox emptyBox = new VBox(8, empty, emptyAction);
        emptyBox.visibleProperty().bind(model.emptyTextProperty().isNotEmpty());
        emptyBox.managedProperty().bind(emptyBox.visibleProperty());
        VBox auctionBox = new VBox(10, visitRow(), whatIfRow(), headlineRow(), auctionTable(), whyPane());
        auctionBox.visibleProperty().bind(model.stateProperty().isEqualTo(AdsViewModel.State.READY));
        auctionBox.managedProperty().bind(auctionBox.visibleProperty());
        Node replayBox = replay.createView();
        replayBox.visibleProperty().bind(auctionBox.visibleProperty());
        replayBox.managedProperty().bind(auctionBox.visibleProperty());
        VBox root = new VBox(10, header, emptyBox, auctionBox, replayBox);
        root.getStyleClass().add("section");
        root.setId("adsView");
        initListeners();
        ScrollPane page = new ScrollPane(root);
        page.setFitToWidth(true);
        page.setId("adsPage");
        return page;
    }

    /** The selected ad's attributions chart, for tests. */
    public BarChartPanel why() {
        return why;
    }

    /** The replay's tables and charts, for tests. */
    public ReplayPane replay() {
        return replay;
    }

    private Node visitRow() {
        query.setId("adsQuery");
        query.setPromptText("search query");
        query.setTooltip(new Tooltip("A search; leave it blank to auction the slots of the shopper's recommendation "
                + "list"));
        query.setPrefColumnCount(22);
        shopper.setId("adsShopper");
        shopper.setEditable(true);
        shopper.setItems(model.shoppers());
        shopper.setPromptText("anonymous visitor");
        shopper.setPrefWidth(190);
        shopper.setTooltip(new Tooltip("The shopper of the visit: their history counts; empty for an anonymous "
                + "visitor"));
        List<ComboBox<String>> time = new VisitPicker("ads", model.visit()).boxes().subList(1, 3); // no device
        reserve.setId("adsReserve");
        reserve.setPrefColumnCount(5);
        reserve.setTooltip(new Tooltip("No ad bids less and no click costs less, in the shop's currency"));
        weight.setId("adsRelevanceWeight");
        weight.setPrefColumnCount(4);
        weight.setTooltip(new Tooltip("0 ranks by eCPM alone; 1 multiplies eCPM by the ad's relevance to the visit"));
        FlowPane row = new FlowPane(8, 6, query, shopper, time.get(0), time.get(1), new Label("Reserve"), reserve,
                new Label("Relevance weight"), weight);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node whatIfRow() {
        whatIfCampaign.setId("adsWhatIfCampaign");
        whatIfCampaign.setItems(model.campaigns());
        whatIfCampaign.setPromptText("pick a campaign");
        whatIfCampaign.setPrefWidth(320);
        whatIfBid.setId("adsWhatIfBid");
        whatIfBid.setPromptText("its bids");
        whatIfBid.setPrefColumnCount(6);
        whatIfBid.setTooltip(new Tooltip("The campaign bids this on each of its products (in the shop's currency); "
                + "empty for its own bids"));
        running.setId("adsRunning");
        running.setPrefSize(18, 18);
        running.visibleProperty().bind(model.runningProperty());
        HBox row = new HBox(8, new Label("What if"), whatIfCampaign, new Label("bids"), whatIfBid, running);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node headlineRow() {
        headline.setId("adsHeadline");
        headline.setWrapText(true);
        headline.setMinHeight(Region.USE_PREF_SIZE);
        message.setId("adsMessage");
        message.getStyleClass().add("muted");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(2, headline, message);
    }

    private Node auctionTable() {
        auction.setId("adsAuction");
        Label none = new Label();
        none.textProperty().bind(javafx.beans.binding.Bindings.when(model.decisionProperty().isNull()).then("")
                .otherwise("No ad competes for this visit"));
        auction.setPlaceholder(none);
        auction.setPrefHeight(210);
        auction.setMinHeight(Region.USE_PREF_SIZE);
        auction.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        auction.getColumns().add(AdsColumns.text("Ad", 190, AuctionRow::title));
        auction.getColumns().add(AdsColumns.text("Campaign", 84, AuctionRow::campaignId));
        auction.getColumns().add(AdsColumns.number("Bid", 60, r -> Decimals.price(r.bidCents())));
        auction.getColumns().add(AdsColumns.number("pCTR", 66, r -> AdsFormats.percent(r.pctr())));
        auction.getColumns().add(AdsColumns.number("Raw pCTR", 76, r -> AdsFormats.percent(r.rawPctr())));
        auction.getColumns().add(AdsColumns.number("eCPM", 84, r -> AdsFormats.amount(r.ecpm())));
        auction.getColumns().add(AdsColumns.number("Price", 60, r -> r.won() ? Decimals.price(r.priceCents())
                : "–"));
        auction.getColumns().add(AdsColumns.text("Slot", 52, r -> r.won() ? Integer.toString(r.slot()) : "lost"));
        auction.getColumns().add(AdsColumns.text("Why", 300, AuctionRow::reason));
        auction.setItems(model.rows());
        auction.setTooltip(new Tooltip("pCTR: calibrated predicted click-through rate, what the auction ranks by; "
                + "raw: the ranker's before calibration. eCPM: pCTR x bid per 1,000 impressions. Price: what a click "
                + "costs (second price: the runner-up's eCPM over the winner's pCTR, at least the reserve)"));
        return auction;
    }

    private Node whyPane() {
        whyNote.setId("adsWhyNote");
        whyNote.setWrapText(true);
        whyNote.setMinHeight(Region.USE_PREF_SIZE);
        Node chart = why.createView();
        ((Region) chart).setPrefHeight(280);
        VBox pane = new VBox(6, whyNote, chart);
        pane.visibleProperty().bind(model.decisionProperty().isNotNull()); // no empty chart before the first auction
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    private void initListeners() {
        modelChoice.valueProperty().bindBidirectional(model.modelProperty());
        empty.textProperty().bind(model.emptyTextProperty());
        emptyAction.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                switch (model.stateProperty().get()) {
                    case NO_CAMPAIGNS -> "Import campaigns…";
                    case NO_RANKER -> "Go to Train";
                    default -> "";
                }, model.stateProperty()));
        emptyAction.visibleProperty().bind(emptyAction.textProperty().isNotEmpty());
        emptyAction.managedProperty().bind(emptyAction.visibleProperty());
        emptyAction.setOnAction(e -> model.fixEmpty());
        query.textProperty().bindBidirectional(model.queryProperty());
        shopper.getEditor().textProperty().bindBidirectional(model.shopperProperty());
        shopper.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(model.shopperProperty().get())) {
                model.shopperProperty().set(now);
            }
        });
        reserve.textProperty().bindBidirectional(model.reserveProperty());
        weight.textProperty().bindBidirectional(model.relevanceWeightProperty());
        whatIfCampaign.valueProperty().bindBidirectional(model.whatIfCampaignProperty());
        whatIfBid.textProperty().bindBidirectional(model.whatIfBidProperty());
        headline.textProperty().bind(model.headlineProperty());
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        auction.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && auction.getSelectionModel().getSelectedItem() != now) {
                auction.getSelectionModel().select(now);
            }
        });
        whyNote.textProperty().bind(model.whyNoteProperty());
        model.why().addListener((javafx.collections.ListChangeListener<Map.Entry<String, Double>>) c -> showWhy());
        showWhy();
    }

    private void showWhy() {
        why.show(model.why().stream().map(e -> Bar.withInterval(e.getKey(), e.getValue(), Double.NaN, Double.NaN))
                .toList(), false);
    }
}
