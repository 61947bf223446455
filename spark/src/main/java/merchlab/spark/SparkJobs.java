package merchlab.spark;

import java.io.PrintWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import merchlab.MerchLabException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code merchlab-spark} command: the Spark jobs as sub-commands, for
 * {@code spark-submit --class merchlab.spark.SparkJobs merchlab-spark.jar JOB ...}. A failure a user can fix (a missing
 * input, a column it lacks, a model from a newer MerchLab, an encoder jar missing on the executors) is one line on
 * standard error and exit status 1, said on the driver; a stack trace only for unexpected errors.
 */
@Command(name = "merchlab-spark", mixinStandardHelpOptions = true, version = "MerchLab Spark jobs 0.1.0",
        description = "MerchLab's batch jobs on Apache Spark.",
        subcommands = {EncodeJob.class, RecommendJob.class, EvaluateJob.class, AggregateJob.class})
public final class SparkJobs implements Runnable {
    private static final Pattern REMOTE = Pattern.compile("merchlab\\.MerchLabException: ([^\\n]*)");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a job: encode, recommend, evaluate or aggregate");
    }

    /** Runs a job in the current Spark session (created on first use) and stops the session at the end. */
    public static void main(String... args) {
        int status = run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        Sessions.stop();
        System.exit(status);
    }

    /** Runs the command line, results written to {@code out}, progress and failures to {@code err}; the exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new SparkJobs());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, failed, parsed) -> {
            String line = userMistake(e);
            if (line != null) {
                err.println("merchlab-spark " + failed.getCommandName() + ": " + line);
                return 1;
            }
            err.println("merchlab-spark " + failed.getCommandName() + ": unexpected error: " + e);
            e.printStackTrace(err);
            return 70;
        });
        return cli.execute(args);
    }

    /**
     * The one line of a {@link MerchLabException} behind {@code e}: thrown on the driver, or on an executor and then
     * carried back by Spark (as a cause in local mode, inside the task failure's message on a cluster).
     */
    static String userMistake(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof MerchLabException) {
                return oneLine(c.getMessage());
            }
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            Matcher m = REMOTE.matcher(String.valueOf(c.getMessage()));
            if (m.find()) {
                return oneLine(m.group(1));
            }
        }
        return null;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
