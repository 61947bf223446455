package merchlab.cli;

import picocli.CommandLine.Command;

/** Placeholder. */
@Command(name = "taobao", mixinStandardHelpOptions = true)
final class BenchTaobaoCommand implements Runnable {
    @Override
    public void run() {
    }
}
