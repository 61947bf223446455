package merchlab.bench;

import merchlab.bench.explain.ExplainBenchmark;
import merchlab.bench.language.LanguageBenchCommand;
import merchlab.bench.ranking.RankingBenchCommand;
import merchlab.bench.sequence.SequenceBenchCommand;
import merchlab.bench.soak.SoakBenchmark;
import merchlab.cli.MerchLabCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The benchmarks, run as {@code ./merchlab bench-...} (the launcher hands every {@code bench-} command to this main);
 * failures are one line, as on the rest of the command line.
 */
@Command(name = "merchlab", mixinStandardHelpOptions = true, description = "MerchLab's benchmarks and evaluations on "
        + "data sets (numbers in BENCHMARKS.md)", subcommands = {LanguageBenchCommand.class, SequenceBenchCommand.class,
        ExplainBenchmark.class, RankingBenchCommand.class, SoakBenchmark.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a benchmark: bench-language, "
                + "bench-sequence, bench-explain, bench-ranking or bench-soak");
    }

    public static void main(String[] args) {
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        System.exit(MerchLabCommand.execute(new CommandLine(new BenchCommand()), args));
    }
}
