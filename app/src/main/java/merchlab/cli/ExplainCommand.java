package merchlab.cli;

import merchlab.MerchLabException;
import picocli.CommandLine.Command;

/** {@code merchlab explain}: explain one product's score with per-feature attributions. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "explain one product's score with per-feature attributions")
final class ExplainCommand implements Runnable {
    @Override
    public void run() {
        throw new MerchLabException("explain is being built");
    }
}
