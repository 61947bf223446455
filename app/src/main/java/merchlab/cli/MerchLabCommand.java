package merchlab.cli;

import java.io.PrintWriter;
import merchlab.MerchLabException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code merchlab} command and its sub-commands; failures a user can fix print one line and exit non-zero.
 */
@Command(name = "merchlab", mixinStandardHelpOptions = true, version = "MerchLab 0.1.0",
        description = "Local workbench for e-commerce search and recommendation.",
        subcommands = {DemoCommand.class, GenerateCommand.class, ImportCommand.class, InfoCommand.class,
                EncodeCommand.class, TrainCommand.class, EvaluateCommand.class, RecommendCommand.class,
                SearchCommand.class, ExplainCommand.class, LanguageBenchCommand.class})
public final class MerchLabCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, for example: merchlab demo");
    }

    /** Runs the command line and returns the exit status. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new MerchLabCommand());
        cli.setExecutionExceptionHandler(MerchLabCommand::reportFailure);
        return cli.execute(args);
    }

    private static int reportFailure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        Throwable cause = e;
        while (cause != null && !(cause instanceof MerchLabException)) {
            cause = cause.getCause();
        }
        if (cause != null) {
            err.println("merchlab " + cli.getCommandName() + ": " + cause.getMessage());
            return 1;
        }
        err.println("merchlab " + cli.getCommandName() + ": unexpected error: " + e);
        if (Boolean.getBoolean("merchlab.debug")) {
            e.printStackTrace(err);
        }
        return 70;
    }
}
