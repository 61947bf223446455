package merchlab.cli;

import merchlab.MerchLabException;
import picocli.CommandLine.Command;

/** {@code merchlab evaluate}: evaluate saved models under a protocol. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "evaluate saved models under a protocol")
final class EvaluateCommand implements Runnable {
    @Override
    public void run() {
        throw new MerchLabException("evaluate is being built");
    }
}
