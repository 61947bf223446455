package merchlab.cli;

import picocli.CommandLine.Command;

/** Placeholder. */
@Command(name = "ner", mixinStandardHelpOptions = true)
final class BenchNerCommand implements Runnable {
    @Override
    public void run() {
    }
}
