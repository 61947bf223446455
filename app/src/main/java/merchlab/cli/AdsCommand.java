package merchlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code merchlab ads}: sponsored products, their auctions and the offline replay. */
@Command(name = "ads", mixinStandardHelpOptions = true,
        description = "sponsored products: one visit's auction and why, and the test period replayed under other "
                + "predicted CTRs, reserves and relevance weights",
        subcommands = {AdsAuctionCommand.class, AdsSimulateCommand.class})
final class AdsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name an ads command: auction or simulate");
    }
}
