package merchlab.cli;

import merchlab.MerchLabException;
import picocli.CommandLine.Command;

/** {@code merchlab search}: search products for a query. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "search products for a query")
final class SearchCommand implements Runnable {
    @Override
    public void run() {
        throw new MerchLabException("search is being built");
    }
}
