package merchlab.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.shop.ShopServices;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterExceptionHandler;

/**
 * The {@code merchlab} command and its sub-commands; failures a user can fix print one line and exit non-zero.
 */
@Command(name = "merchlab", mixinStandardHelpOptions = true, version = "MerchLab 0.1.0",
        description = "Local workbench for e-commerce search and recommendation.",
        subcommands = {DemoCommand.class, GenerateCommand.class, ImportCommand.class, InfoCommand.class,
                EncodeCommand.class, PrepareCommand.class, TrainCommand.class, TuneCommand.class,
                EvaluateCommand.class, QueriesCommand.class, RecommendCommand.class, SearchCommand.class,
                ExplainCommand.class, ModelsCommand.class, ServiceCommand.class, AdsCommand.class})
public final class MerchLabCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, for example: merchlab demo");
    }

    /**
     * Runs the command line with {@code services} (built once by the caller, the composition root) and returns the exit
     * status (see {@link #execute}).
     */
    public static int run(ShopServices services, String... args) {
        return execute(new CommandLine(new MerchLabCommand(), new ServicesFactory(services)), args);
    }

    /**
     * Runs {@code cli} with the conventions of MerchLab's command lines and returns the exit status: every failure is
     * one line on standard error; with {@code --json} it is also a JSON document with {@code error} on standard output.
     */
    public static int execute(CommandLine cli, String... args) {
        boolean json = Arrays.asList(args).contains("--json");
        cli.setExecutionExceptionHandler((e, failed, parsed) -> reportFailure(e, failed, json));
        IParameterExceptionHandler usage = cli.getParameterExceptionHandler();
        cli.setParameterExceptionHandler((e, rest) -> {
            if (json) {
                Json.print(Map.of("error", OneLine.of(e.getMessage())));
            }
            return usage.handleParseException(e, rest);
        });
        return cli.execute(args);
    }

    private static int reportFailure(Exception e, CommandLine cli, boolean json) {
        PrintWriter err = cli.getErr();
        Throwable cause = e;
        while (cause != null && !(cause instanceof MerchLabException)) {
            cause = cause.getCause();
        }
        if (cause != null) {
            String line = OneLine.of(cause.getMessage());
            if (json) {
                Json.print(cause instanceof CommandFailure f ? f.document() : Map.of("error", line));
            }
            err.println(cli.getCommandSpec().qualifiedName(" ") + ": " + line);
            return 1;
        }
        if (json) {
            Json.print(Map.of("error", OneLine.of("unexpected error: " + e)));
        }
        err.println(cli.getCommandSpec().qualifiedName(" ") + ": unexpected error: " + OneLine.of(String.valueOf(e)));
        if (Boolean.getBoolean("merchlab.debug")) {
            e.printStackTrace(err);
        }
        return 70;
    }
}
