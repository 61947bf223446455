package merchlab.cli;

import picocli.CommandLine.Command;

@Command(name = "answer")
final class ServiceAnswerCommand implements Runnable {
    @Override
    public void run() {
    }
}
