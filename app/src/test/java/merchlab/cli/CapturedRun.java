package merchlab.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import merchlab.shop.ShopServices;

/** Runs a command line in this JVM and captures what it prints, for the command tests. */
final class CapturedRun {
    private CapturedRun() {
    }

    /** {exit status, standard output, standard error} of {@code merchlab args...}. */
    static String[] run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int status = MerchLabCommand.run(ShopServices.installed(), args);
            return new String[] {Integer.toString(status), o.toString(StandardCharsets.UTF_8),
                    e.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
