package merchlab.model.ranker;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/** Applies the engine settings of a run: the intra-op thread count and the random seed of weight initialisation. */
public final class EngineSetup {
    private EngineSetup() {
    }

    /** Seeds the PyTorch engine and sets its thread count ({@code threads <= 0} leaves the engine's default). */
    public static Engine prepare(long seed, int threads) {
        Engine engine = Engine.getEngine("PyTorch");
        if (threads > 0 && JniUtils.getNumThreads() != threads) {
            JniUtils.setNumThreads(threads);
        }
        engine.setRandomSeed((int) (seed ^ (seed >>> 32)));
        return engine;
    }
}
