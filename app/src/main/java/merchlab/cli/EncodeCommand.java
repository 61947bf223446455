package merchlab.cli;

import merchlab.MerchLabException;
import picocli.CommandLine.Command;

/** {@code merchlab encode}: embed product text with the frozen pretrained encoder. */
@Command(name = "encode", mixinStandardHelpOptions = true, description = "embed product text with the frozen pretrained encoder")
final class EncodeCommand implements Runnable {
    @Override
    public void run() {
        throw new MerchLabException("encode is being built");
    }
}
