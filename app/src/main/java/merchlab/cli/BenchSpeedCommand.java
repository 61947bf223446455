package merchlab.cli;

import picocli.CommandLine.Command;

/** Placeholder. */
@Command(name = "speed", mixinStandardHelpOptions = true)
final class BenchSpeedCommand implements Runnable {
    @Override
    public void run() {
    }
}
