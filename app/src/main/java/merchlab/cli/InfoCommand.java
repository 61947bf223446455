package merchlab.cli;

import merchlab.MerchLabException;
import picocli.CommandLine.Command;

/** {@code merchlab info}: counts per table, time range, top categories, import reports. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "counts per table, time range, top categories, import reports")
final class InfoCommand implements Runnable {
    @Override
    public void run() {
        throw new MerchLabException("info is being built");
    }
}
