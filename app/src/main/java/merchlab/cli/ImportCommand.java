package merchlab.cli;

import merchlab.MerchLabException;
import picocli.CommandLine.Command;

/** {@code merchlab import}: import catalog, behaviour-log and judgment files. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "import catalog, behaviour-log and judgment files")
final class ImportCommand implements Runnable {
    @Override
    public void run() {
        throw new MerchLabException("import is being built");
    }
}
