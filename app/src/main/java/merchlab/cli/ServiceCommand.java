package merchlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code merchlab service}: the shopper service's intent models and drafted answers. */
@Command(name = "service", mixinStandardHelpOptions = true,
        description = "understand shoppers' service messages, draft answers from the shop's data, hand off when unsure",
        subcommands = {ServiceTrainCommand.class, ServiceEvaluateCommand.class, ServiceAnswerCommand.class,
                ServiceTemplatesCommand.class})
final class ServiceCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a service command: train, evaluate, answer or templates");
    }
}
