package merchlab.cli;

import merchlab.MerchLabException;
import picocli.CommandLine.Command;

/** {@code merchlab generate}: generate a realistic shop with a known click model. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "generate a realistic shop with a known click model")
final class GenerateCommand implements Runnable {
    @Override
    public void run() {
        throw new MerchLabException("generate is being built");
    }
}
