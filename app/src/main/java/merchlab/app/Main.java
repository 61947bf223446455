package merchlab.app;

import merchlab.cli.MerchLabCommand;
import merchlab.shop.ShopServices;

/**
 * Entry point: no arguments opens the desktop workbench, anything else runs a command.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        if (args.length == 0) {
            System.exit(Desktop.launch());
        }
        System.exit(MerchLabCommand.run(ShopServices.installed(), args));
    }
}
