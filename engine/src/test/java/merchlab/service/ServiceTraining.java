package merchlab.service;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.fixtures.FakeTextEncoder;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.store.ModelStore;
import merchlab.workspace.Workspace;

/** Trains intent models on the hand-written fixture messages with the fake encoder, for tests. */
final class ServiceTraining {
    static final TrainingSettings SETTINGS = TrainingSettings.defaults().withEpochs(40).withLearningRate(5e-3);

    private ServiceTraining() {
    }

    static List<LabelledMessage> fixtureMessages() {
        try {
            return ServiceMessages.read(Path.of(ServiceTraining.class.getResource("messages.csv").toURI())).messages();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static IntentTraining training(Workspace ws) {
        return new IntentTraining(new ModelStore(ws), name -> new FakeTextEncoder(32));
    }

    static IntentTraining.Result train(Workspace ws) {
        return training(ws).train(fixtureMessages(), "messages.csv", "en", SETTINGS, Map.of(), null,
                TrainingListener.NONE, CancelToken.none());
    }

    static IntentRecogniser open(IntentTraining.Result result) {
        return IntentRecogniser.open(result.model(), name -> new FakeTextEncoder(32));
    }
}
