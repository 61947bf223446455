package merchlab.ui.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
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
import merchlab.behaviour.Order;
import merchlab.service.Entity;
import merchlab.service.IntentRecogniser;
import merchlab.service.ServiceAnswer;
import merchlab.service.ServiceExamples;
import merchlab.service.ShopperService;
import merchlab.shop.ShopServices;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.text.TextEncoder;
import merchlab.ui.Workbench;
import merchlab.ui.status.ProblemText;
import merchlab.ui.task.LatestOnly;
import merchlab.workspace.Workspace;

/**
 * The Service section's answering side: a shopper's message typed or picked, and what the shopper service makes of
 * it with the chosen intent model (intent, calibrated confidence, the words that drove it, the entities with links to
 * their products and shoppers, the drafted answer or the reason for a handoff). Every change of the message answers
 * again in the background, newest message only, so typing stays smooth. The evaluation and training of the intent
 * models are in {@link IntentModelsViewModel}.
 */
public final class ServiceViewModel implements AutoCloseable {
    // properties
    private final ObservableList<String> models = FXCollections.observableArrayList();
    private final ObjectProperty<String> model = new SimpleObjectProperty<>(this, "model");
    private final ObservableList<String> examples = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ReadOnlyObjectWrapper<ServiceAnswer> answer = new ReadOnlyObjectWrapper<>(this, "answer");
    private final ObservableList<EntityRow> entities = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");

    private final Workbench workbench;
    private final Function<Workspace, Optional<Path>> labelledMessages;
    private final ServiceSession session;
    private final LatestOnly<Asked, Answered> answers;
    private final IntentModelsViewModel evaluation;

    /**
     * @param services          the shop's services (its product search links products)
     * @param encoders          opens a frozen text encoder by name (the one the intent model was trained with)
     * @param labelledMessages  a workspace's own file of labelled service messages, offered as the data file until the
     *                          user chooses one (the bundled sample keeps its generator's)
     */
    public ServiceViewModel(Workbench workbench, ShopServices services, Function<String, TextEncoder> encoders,
                            Function<Workspace, Optional<Path>> labelledMessages) {
        this.workbench = workbench;
        this.labelledMessages = labelledMessages;
        this.session = new ServiceSession(encoders, services::search);
        this.evaluation = new IntentModelsViewModel(workbench, encoders, this::modelChosen);
        this.answers = new LatestOnly<>(workbench.tasks(), "Answering a shopper's message", asked -> context -> {
            synchronized (session) {
                long started = System.nanoTime();
                try {
                    ShopperService service = session.service(asked.workspace(), asked.version(), asked.model());
                    ServiceAnswer a = service.answer(asked.message());
                    return new Answered(a, rows(service, a), session.model(), session.searches(),
                            (System.nanoTime() - started) / 1e6, null);
                } catch (MerchLabException e) { // bad input or no model: said under the message, not a problem
                    return new Answered(null, List.of(), null, false, 0, e.getMessage());
                }
            }
        }, (asked, answered) -> shown(answered), (asked, error) -> failed(error));
        workbench.workspaceProperty().addListener((obs, old, now) -> {
            offerMessages();
            refresh();
        });
        workbench.dataVersionProperty().addListener((obs, old, now) -> refresh());
        message.addListener((obs, old, now) -> ask());
        model.addListener((obs, old, now) -> ask());
        evaluation.messagesProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isEmpty()) {
                examples.setAll(spread(now, IntentModelsViewModel.LISTED));
            }
        });
        offerMessages();
        refresh();
    }

    /** Offers the workspace's own labelled messages as the data file while none is chosen. */
    private void offerMessages() {
        Workspace ws = workbench.workspaceProperty().get();
        if (ws != null && evaluation.dataFileProperty().get() == null) {
            labelledMessages.apply(ws).ifPresent(evaluation.dataFileProperty()::set);
        }
    }

    /** The intent models of the workspace and their baselines, newest first. */
    public ObservableList<String> models() {
        return models;
    }

    /** The intent model that answers; null for the newest. */
    public ObjectProperty<String> modelProperty() {
        return model;
    }

    /** Messages to pick from: those of the chosen data file, else a few about the shop's own orders and products. */
    public ObservableList<String> examples() {
        return examples;
    }

    /** The shopper's message; every change answers again. */
    public StringProperty messageProperty() {
        return message;
    }

    /** What the service made of the latest message, or null. */
    public ReadOnlyObjectProperty<ServiceAnswer> answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /** The entities of the latest answer, with their links. */
    public ObservableList<EntityRow> entities() {
        return entities;
    }

    /** A line under the answer: the model, the time it took, or why there is no answer. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** True while a message is being answered. */
    public ReadOnlyBooleanProperty answeringProperty() {
        return answers.runningProperty();
    }

    /** The evaluation and training of the intent models. */
    public IntentModelsViewModel evaluation() {
        return evaluation;
    }

    // commands

    /** Reads the intent models and the example messages again, and answers the message again. */
    public void refresh() {
        Workspace ws = workbench.workspaceProperty().get();
        answers.forget();
        if (ws == null) {
            models.clear();
            examples.clear();
            answer.set(null);
            entities.clear();
            return;
        }
        workbench.tasks().submit("Reading intent models", context -> new Listed(new ModelStore(ws).list().stream()
                .filter(m -> m.kind().equals(IntentRecogniser.KIND) || m.kind().equals(IntentRecogniser.BASELINE_KIND))
                .map(SavedModel::name).toList(), ServiceExamples.of(ws)), listed -> {
                    models.setAll(listed.models());
                    if (model.get() != null && !listed.models().contains(model.get())) {
                        model.set(null);
                    }
                    if (evaluation.messagesProperty().get() == null || evaluation.messagesProperty().get().isEmpty()) {
                        examples.setAll(listed.examples());
                    }
                    ask();
                }, error -> note.set("Could not read the intent models: " + ProblemText.reason(error)));
    }

    /** Answers the message now (it is answered on every change anyway). */
    public void ask() {
        Workspace ws = workbench.workspaceProperty().get();
        String text = message.get() == null ? "" : message.get();
        if (ws == null) {
            return;
        }
        if (text.isBlank()) {
            answers.forget();
            answer.set(null);
            entities.clear();
            note.set(models.isEmpty() ? "No intent model yet: choose a file of labelled messages below and press Train"
                    : "Type a shopper's message or pick one");
            return;
        }
        if (models.isEmpty()) {
            note.set("No intent model yet: choose a file of labelled messages below and press Train");
            return;
        }
        answers.ask(new Asked(ws, workbench.dataVersionProperty().get(), model.get(), text));
    }

    /** Opens an entity's product in the Explain section, for the order's shopper when it names an order. */
    public void open(EntityRow row) {
        if (row != null && row.linked()) {
            workbench.explainProduct(row.productId(), row.shopper());
        }
    }

    /** Closes the open intent model and product search. */
    @Override
    public void close() {
        answers.forget();
        synchronized (session) {
            session.close();
        }
    }

    private void modelChosen(String name) {
        refresh();
        if (name != null) {
            model.set(name);
        }
    }

    private void shown(Answered a) {
        answer.set(a.answer());
        if (a.problem() != null) {
            entities.clear();
            note.set(a.problem());
            return;
        }
        entities.setAll(a.entities());
        note.set(String.format(Locale.ROOT, "%s · %.0f ms%s", a.model(), a.millis(), a.searches() ? ""
                : " · products are found by id only: prepare the workspace to link product names"));
    }

    private void failed(Throwable error) {
        answer.set(null);
        entities.clear();
        note.set(ProblemText.reason(error));
    }

    /** At most {@code n} of {@code messages}, evenly spaced (a file sorted by intent still offers every intent). */
    static List<String> spread(List<String> messages, int n) {
        if (messages.size() <= n) {
            return List.copyOf(messages);
        }
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(messages.get((int) ((long) i * messages.size() / n)));
        }
        return out;
    }

    /** The entities of an answer with their links: a known product, or the first item and shopper of a known order. */
    static List<EntityRow> rows(ShopperService service, ServiceAnswer a) {
        List<EntityRow> rows = new ArrayList<>();
        for (Entity e : a.entities()) {
            if (e.type().equals("product") && e.known()) {
                rows.add(new EntityRow(e, e.value(), null));
            } else if (e.type().equals("order_id") && e.known()) {
                Order o = service.order(e.value()).orElse(null);
                rows.add(o == null ? new EntityRow(e, null, null) : new EntityRow(e,
                        o.items().isEmpty() ? null : o.items().get(0).productId(), o.shopper()));
            } else {
                rows.add(new EntityRow(e, null, null));
            }
        }
        return rows;
    }

    private record Asked(Workspace workspace, long version, String model, String message) {
    }

    /** What one message got, or the reason it got nothing ({@code problem}, else null). */
    private record Answered(ServiceAnswer answer, List<EntityRow> entities, String model, boolean searches,
                            double millis, String problem) {
    }

    private record Listed(List<String> models, List<String> examples) {
    }
}
