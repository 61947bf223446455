package merchlab.bench.language;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code merchlab bench-language}: the language-understanding evaluations and benchmarks (hidden from the main help).
 */
@Command(name = "bench-language", hidden = true, mixinStandardHelpOptions = true,
        description = "evaluate and benchmark encoders, search and query understanding",
        subcommands = {BenchQualityCommand.class, BenchSpeedCommand.class, BenchNerCommand.class, BenchTaobaoCommand.class})
public final class LanguageBenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a benchmark: quality, speed, ner or taobao");
    }
}
