package merchlab.cli;

import merchlab.MerchLabException;
import picocli.CommandLine.Command;

/** {@code merchlab train}: train a ranking model or baseline. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "train a ranking model or baseline")
final class TrainCommand implements Runnable {
    @Override
    public void run() {
        throw new MerchLabException("train is being built");
    }
}
