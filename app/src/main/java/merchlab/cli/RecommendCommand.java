package merchlab.cli;

import merchlab.MerchLabException;
import picocli.CommandLine.Command;

/** {@code merchlab recommend}: recommend products for a shopper. */
@Command(name = "recommend", mixinStandardHelpOptions = true, description = "recommend products for a shopper")
final class RecommendCommand implements Runnable {
    @Override
    public void run() {
        throw new MerchLabException("recommend is being built");
    }
}
