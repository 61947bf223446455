package merchlab.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import merchlab.model.TrainingListener;

/** Prints training progress to standard error: a line per epoch, at most one step line a second, and messages. */
final class ProgressPrinter implements TrainingListener {
    private final PrintStream err;
    private long lastStep;

    ProgressPrinter(PrintStream err) {
        this.err = err;
    }

    @Override
    public void step(int epoch, long step, double loss, double progress) {
        long now = System.nanoTime();
        if (now - lastStep > 1_000_000_000L) {
            lastStep = now;
            err.printf(Locale.ROOT, "epoch %d step %d loss %.4f (%.0f%%)%n", epoch, step, loss, progress * 100);
        }
    }

    @Override
    public void epoch(int epoch, double trainLoss, Map<String, Double> validation) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "epoch %d: train loss %.4f", epoch, trainLoss));
        validation.forEach((k, v) -> b.append(String.format(Locale.ROOT, ", validation %s %.4f", k, v)));
        err.println(b);
    }

    @Override
    public void message(String text) {
        err.println(text);
    }
}
