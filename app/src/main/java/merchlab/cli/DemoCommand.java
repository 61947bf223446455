package merchlab.cli;

import merchlab.MerchLabException;
import picocli.CommandLine.Command;

/** {@code merchlab demo}: headless end to end: generate sample, import, encode, train, evaluate, report. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "headless end to end: generate sample, import, encode, train, evaluate, report")
final class DemoCommand implements Runnable {
    @Override
    public void run() {
        throw new MerchLabException("demo is being built");
    }
}
