package merchlab.ui.ads;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import merchlab.MerchLabException;
import merchlab.ads.AuctionRules;
import merchlab.browse.ShopperDirectory;
import merchlab.csv.Decimals;
import merchlab.model.ranker.RankerKind;
import merchlab.shop.AdAuctions;
import merchlab.shop.ShopServices;
import merchlab.store.CampaignStore;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.ui.VisitContext;
import merchlab.ui.Workbench;
import merchlab.ui.status.ProblemText;
import merchlab.ui.task.LatestOnly;
import merchlab.workspace.Workspace;

/**
 * The Ads section's auction: a visit (a query, or a shopper's recommendation list, at an hour and weekday), the
 * ranker, the reserve price and the relevance weight, and what the auction of that visit decided: every competing ad
 * with its bid, predicted CTR before and after calibration, eCPM, the slot it won and its price, or why it lost; the
 * selected ad's predicted CTR by feature group. A what-if bid for one campaign runs the auction again. Every change
 * runs it again in the background, newest visit only. The replay of the test period is in
 * {@link ReplayViewModel}.
 */
public final class AdsViewModel implements AutoCloseable {
    /** Shoppers offered in the picker: the most active. */
    static final int SHOPPERS_LISTED = 200;

    /** What the section can show. */
    public enum State {
        /** No workspace is open yet. */
        NO_WORKSPACE,
        /** The workspace has no campaign: nothing to auction. */
        NO_CAMPAIGNS,
        /** No ranker is saved: nothing predicts a click. */
        NO_RANKER,
        /** Campaigns and a ranker: the auction runs. */
        READY
    }

    // properties
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.NO_WORKSPACE);
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", "");
    private final ObservableList<String> models = FXCollections.observableArrayList();
    private final ObjectProperty<String> model = new SimpleObjectProperty<>(this, "model");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<String> shoppers = FXCollections.observableArrayList();
    private final StringProperty shopper = new SimpleStringProperty(this, "shopper", "");
    private final VisitContext visit = new VisitContext();
    private final StringProperty reserve = new SimpleStringProperty(this, "reserve",
            Decimals.price(AuctionRules.defaults().reserveCents()));
    private final StringProperty relevanceWeight = new SimpleStringProperty(this, "relevanceWeight", "0");
    private final ObservableList<CampaignChoice> campaigns = FXCollections.observableArrayList();
    private final ObjectProperty<CampaignChoice> whatIfCampaign = new SimpleObjectProperty<>(this, "whatIfCampaign");
    private final StringProperty whatIfBid = new SimpleStringProperty(this, "whatIfBid", "");
    private final ReadOnlyObjectWrapper<AdAuctions.Decision> decision = new ReadOnlyObjectWrapper<>(this, "decision");
    private final ObservableList<AuctionRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<AuctionRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<Map.Entry<String, Double>> why = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper whyNote = new ReadOnlyStringWrapper(this, "whyNote", "");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    private final Workbench workbench;
    private final AdsSession session;
    private final LongSupplier clock;
    private final LatestOnly<Asked, Decided> auctions;
    private final ReplayViewModel replay;

    public AdsViewModel(Workbench workbench, ShopServices services) {
        this(workbench, services, System::currentTimeMillis);
    }

    /** @param clock the time a visit happens at, before its hour and weekday are applied */
    public AdsViewModel(Workbench workbench, ShopServices services, LongSupplier clock) {
        this.workbench = workbench;
        this.session = new AdsSession(services);
        this.clock = clock;
        this.replay = new ReplayViewModel(workbench, services, this::settings);
        this.auctions = new LatestOnly<>(workbench.tasks(), "Running the ads auction", asked -> context -> {
            synchronized (session) {
                try {
                    AdAuctions ads = session.ads(asked.workspace(), asked.version());
                    AdAuctions.Decision d = ads.auction(asked.visit(), asked.model(), asked.rules(), asked.bids());
                    return new Decided(d, AuctionRows.of(d, session.data().catalog()::indexOf,
                            session.data().catalog()::title), null);
                } catch (MerchLabException e) { // no ranker, no such shopper: said above the table, not a problem
                    return new Decided(null, List.of(), e.getMessage());
                }
            }
        }, (asked, decided) -> shown(decided), (asked, error) -> {
            message.set("The auction failed: " + ProblemText.reason(error));
            clearDecision();
        });
        workbench.workspaceProperty().addListener((obs, old, now) -> refresh());
        workbench.dataVersionProperty().addListener((obs, old, now) -> refresh());
        model.addListener((obs, old, now) -> run());
        whatIfCampaign.addListener((obs, old, now) -> {
            if (!whatIfBid.get().isBlank()) {
                run();
            }
        });
        for (Observable typed : List.of(query, shopper, reserve, relevanceWeight, whatIfBid)) {
            typed.addListener(obs -> run());
        }
        visit.observables().forEach(o -> o.addListener(obs -> run()));
        selected.addListener((obs, old, now) -> explainSelected());
        refresh();
    }

    /** What the section can show now; see {@link #emptyTextProperty} for what to do when it is not ready. */
    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What the section lacks and how to get it, in plain words; empty when ready. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    /** The workspace's rankers, newest first. */
    public ObservableList<String> models() {
        return models;
    }

    /** The ranker whose predicted CTR the auction uses. */
    public ObjectProperty<String> modelProperty() {
        return model;
    }

    /** The visit's search text; blank for the shopper's recommendation list. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The most active shoppers, to pick from. */
    public ObservableList<String> shoppers() {
        return shoppers;
    }

    /** The shopper of the visit; blank for an anonymous visitor. */
    public StringProperty shopperProperty() {
        return shopper;
    }

    /** The visit's hour and weekday (its device is not used by the auction). */
    public VisitContext visit() {
        return visit;
    }

    /** The reserve price in the shop's currency, as typed. */
    public StringProperty reserveProperty() {
        return reserve;
    }

    /** The relevance weight 0-1, as typed. */
    public StringProperty relevanceWeightProperty() {
        return relevanceWeight;
    }

    /** The workspace's campaigns, for the what-if bid. */
    public ObservableList<CampaignChoice> campaigns() {
        return campaigns;
    }

    /** The campaign whose bid is changed. */
    public ObjectProperty<CampaignChoice> whatIfCampaignProperty() {
        return whatIfCampaign;
    }

    /** What the chosen campaign bids on each of its products, as typed; blank for its own bids. */
    public StringProperty whatIfBidProperty() {
        return whatIfBid;
    }

    /** The latest auction's decision, or null. */
    public ReadOnlyObjectProperty<AdAuctions.Decision> decisionProperty() {
        return decision.getReadOnlyProperty();
    }

    /** Every ad that competed, the winners first in slot order, then the others by rank. */
    public ObservableList<AuctionRow> rows() {
        return rows;
    }

    /** The ad whose predicted CTR is broken down. */
    public ObjectProperty<AuctionRow> selectedProperty() {
        return selected;
    }

    /** The selected ad's predicted CTR by feature group, largest share first; empty for an ad that won no slot. */
    public ObservableList<Map.Entry<String, Double>> why() {
        return why;
    }

    /** A line over the attributions: whose they are, or why there are none. */
    public ReadOnlyStringProperty whyNoteProperty() {
        return whyNote.getReadOnlyProperty();
    }

    /** A line over the table: the visit, the ranker and its calibration, how many ads competed. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** Why there is no auction to show (bad input, no visit), or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while an auction runs. */
    public ReadOnlyBooleanProperty runningProperty() {
        return auctions.runningProperty();
    }

    /** The replay of the test period. */
    public ReplayViewModel replay() {
        return replay;
    }

    // commands

    /** Reads the rankers, campaigns and shoppers again, and runs the auction again. */
    public void refresh() {
        Workspace ws = workbench.workspaceProperty().get();
        auctions.forget();
        clearDecision();
        replay.clear();
        if (ws == null) {
            models.clear();
            campaigns.clear();
            shoppers.clear();
            setState(State.NO_WORKSPACE);
            return;
        }
        workbench.tasks().submit("Reading campaigns and rankers", context -> new Listed(
                new ModelStore(ws).list().stream().filter(m -> m.kind().equals(RankerKind.NAME))
                        .map(SavedModel::name).toList(),
                new CampaignStore(ws).campaigns().stream().map(CampaignChoice::of).toList(),
                new ShopperDirectory(ws).find("", SHOPPERS_LISTED).stream().map(ShopperDirectory.Shopper::id)
                        .toList()), listed -> {
                    if (ws != workbench.workspaceProperty().get()) {
                        return;
                    }
                    models.setAll(listed.models());
                    campaigns.setAll(listed.campaigns());
                    shoppers.setAll(listed.shoppers());
                    if (whatIfCampaign.get() != null && !listed.campaigns().contains(whatIfCampaign.get())) {
                        whatIfCampaign.set(null);
                    }
                    setState(listed.campaigns().isEmpty() ? State.NO_CAMPAIGNS
                            : listed.models().isEmpty() ? State.NO_RANKER : State.READY);
                    if (model.get() == null || !listed.models().contains(model.get())) {
                        model.set(listed.models().isEmpty() ? null : listed.models().get(0)); // runs the auction
                    } else {
                        run();
                    }
                }, error -> message.set("Could not read the campaigns: " + ProblemText.reason(error)));
    }

    /** Runs the auction of the visit as it stands now (it runs on every change anyway). */
    public void run() {
        Workspace ws = workbench.workspaceProperty().get();
        if (ws == null || state.get() != State.READY) {
            return;
        }
        Asked asked;
        try {
            asked = asked(ws);
        } catch (IllegalArgumentException e) {
            auctions.forget();
            message.set(e.getMessage());
            return;
        }
        if (asked == null) {
            auctions.forget();
            clearDecision();
            message.set("Type a query, or pick a shopper to auction the slots of their recommendation list");
            return;
        }
        auctions.ask(asked);
    }

    /** What the empty state's button does: the import dialog without campaigns, the Train section without a ranker. */
    public void fixEmpty() {
        if (state.get() == State.NO_CAMPAIGNS) {
            workbench.requestImport();
        } else if (state.get() == State.NO_RANKER) {
            workbench.showSection("train");
        }
    }

    /** Closes the shop data and models the auctions opened. */
    @Override
    public void close() {
        auctions.forget();
        synchronized (session) {
            session.close();
        }
    }

    /** The rules as typed; throws {@link IllegalArgumentException} with a sentence for the user. */
    AuctionRules rules() {
        long reserveCents = AdsFormats.cents(reserve.get(), "The reserve price");
        double weight;
        try {
            weight = Double.parseDouble(relevanceWeight.get().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The relevance weight '" + relevanceWeight.get().strip()
                    + "' is not a number: type one from 0 to 1");
        }
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("The relevance weight must lie within 0 to 1, got "
                    + relevanceWeight.get().strip());
        }
        return new AuctionRules(reserveCents, weight);
    }

    /** What the replay runs with: the chosen ranker and the rules as typed. */
    private ReplayViewModel.Settings settings() {
        return new ReplayViewModel.Settings(model.get(), rules());
    }

    /** The auction the inputs ask for, or null without a query or a shopper. */
    private Asked asked(Workspace ws) {
        AuctionRules rules = rules();
        Map<String, Long> bids = Map.of();
        String bid = whatIfBid.get() == null ? "" : whatIfBid.get().strip();
        if (!bid.isEmpty()) {
            if (whatIfCampaign.get() == null) {
                throw new IllegalArgumentException("Pick the campaign whose bid the what-if changes");
            }
            bids = Map.of(whatIfCampaign.get().id(), AdsFormats.cents(bid, "The what-if bid"));
        }
        String text = query.get() == null ? "" : query.get().strip();
        String who = shopper.get() == null ? "" : shopper.get().strip();
        if (text.isEmpty() && who.isEmpty()) {
            return null;
        }
        long at = timestamp(clock.getAsLong(), visit.hourProperty().get(), visit.weekdayProperty().get());
        return new Asked(ws, workbench.dataVersionProperty().get(), model.get(),
                new AdAuctions.Visit(text, who, at, AdAuctions.SLOTS), rules, bids);
    }

    /**
     * The latest moment up to {@code now} on the weekday (1 Monday - 7) and at the hour (0-23, UTC), each null for
     * any: when a visit at that time happens.
     */
    static long timestamp(long now, Integer hour, Integer weekday) {
        ZonedDateTime at = Instant.ofEpochMilli(now).atZone(ZoneOffset.UTC);
        ZonedDateTime t = at;
        if (hour != null) {
            t = t.withHour(hour).truncatedTo(ChronoUnit.HOURS);
            if (t.isAfter(at)) {
                t = t.minusDays(1);
            }
        }
        if (weekday != null) {
            t = t.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(weekday)));
        }
        return t.toInstant().toEpochMilli();
    }

    private void shown(Decided decided) {
        if (decided.problem() != null) {
            clearDecision();
            message.set(decided.problem());
            return;
        }
        AdAuctions.Decision d = decided.decision();
        String keep = selected.get() == null ? null : selected.get().productId();
        decision.set(d);
        selected.set(null);
        rows.setAll(decided.rows());
        selected.set(decided.rows().stream().filter(r -> r.productId().equals(keep)).findFirst()
                .orElse(decided.rows().isEmpty() ? null : decided.rows().get(0)));
        explainSelected();
        headline.set(AuctionRows.headline(d));
        message.set(d.result().awards().isEmpty() ? "No ad won a slot: no campaign targets this visit at or above "
                + "the reserve" : "");
    }

    private void explainSelected() {
        AuctionRow row = selected.get();
        AdAuctions.Decision d = decision.get();
        if (row == null || d == null) {
            why.clear();
            whyNote.set("");
            return;
        }
        Map<String, Double> groups = d.why().get(row.productId());
        if (groups == null || groups.isEmpty()) {
            why.clear();
            whyNote.set((row.won() ? "The ranker gives no attributions for " + row.productId()
                    : row.productId() + " won no slot: only the winners' predicted CTR is broken down")
                    + "\n" + row.title() + ": " + row.reason());
            return;
        }
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(groups.entrySet());
        sorted.sort((a, b) -> Double.compare(Math.abs(b.getValue()), Math.abs(a.getValue())));
        why.setAll(sorted.stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
        whyNote.set(String.format(Locale.ROOT,
                "Why %s has pCTR %s (slot %d): the ranker's score by feature group\n%s: %s",
                row.productId(), AdsFormats.percent(row.pctr()), row.slot(), row.title(), row.reason()));
    }

    private void clearDecision() {
        decision.set(null);
        rows.clear();
        selected.set(null);
        why.clear();
        whyNote.set("");
        headline.set("");
        message.set("");
    }

    private void setState(State now) {
        state.set(now);
        emptyText.set(switch (now) {
            case NO_WORKSPACE -> "Open a workspace to see its sponsored products";
            case NO_CAMPAIGNS -> "This workspace has no ad campaigns, so there is nothing to auction. Import a "
                    + "campaigns file (campaign_id, advertiser, daily_budget, product_id, bid, keywords, categories): "
                    + "Import… (Ctrl+I), or merchlab import --campaigns FILE; then a behaviour log with "
                    + "sponsored impressions for the replay.";
            case NO_RANKER -> "No ranker yet: the auction needs a ranker's predicted CTR. Prepare the workspace "
                    + "(Ctrl+P) or train one in the Train section (or merchlab train --model ranker), then come back.";
            case READY -> "";
        });
        replay.setReady(now == State.READY);
    }

    private record Asked(Workspace workspace, long version, String model, AdAuctions.Visit visit, AuctionRules rules,
                         Map<String, Long> bids) {
    }

    /** What one visit got, or the reason it got nothing ({@code problem}, else null). */
    private record Decided(AdAuctions.Decision decision, List<AuctionRow> rows, String problem) {
    }

    private record Listed(List<String> models, List<CampaignChoice> campaigns, List<String> shoppers) {
    }
}
