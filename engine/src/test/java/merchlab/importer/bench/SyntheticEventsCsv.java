package merchlab.importer.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Writes a seeded behaviour log in the generic events CSV format for import tests and benchmarks: sessions of a
 * search followed by impressions, some clicks, views, carts and purchases, in time order.
 */
public final class SyntheticEventsCsv {
    public static final String HEADER = "timestamp,user_id,session_id,event_type,product_id,query,position,device,"
            + "dwell_ms,price,quantity,request_id,true_click_probability";
    private static final String[] QUERIES = {"red running shoes", "usb c cable", "linen shirt", "coffee grinder",
            "yoga mat", "\"24\"\" monitor\"", "face cream", "desk lamp", "rain jacket", "wireless earbuds"};
    private static final String[] DEVICES = {"mobile", "desktop", "tablet"};

    private SyntheticEventsCsv() {
    }

    /** Writes {@code events} rows (plus the header) to {@code file}, the same rows for the same seed. */
    public static void write(Path file, int events, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        long ts = Instant.parse("2024-03-01T00:00:00Z").toEpochMilli();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            int written = 0;
            int session = 0;
            while (written < events) {
                session++;
                int user = 1 + random.nextInt(50_000);
                String device = DEVICES[random.nextInt(DEVICES.length)];
                String query = QUERIES[random.nextInt(QUERIES.length)];
                String request = "r" + session;
                ts += random.nextInt(2_000);
                written += row(w, ts, user, session, "search", "", query, "", device, "", "", "", request, "");
                for (int pos = 1; pos <= 10 && written < events; pos++) {
                    int product = 1 + random.nextInt(100_000);
                    double p = 0.3 / pos + random.nextDouble() * 0.05;
                    written += row(w, ts, user, session, "impression", "p" + product, query, Integer.toString(pos),
                            device, "", price(product), "", request, String.format("%.4f", p));
                    if (random.nextDouble() < p && written < events) {
                        ts += 1 + random.nextInt(20_000);
                        written += row(w, ts, user, session, "click", "p" + product, query, Integer.toString(pos),
                                device, Integer.toString(random.nextInt(60_000)), price(product), "", request, "");
                        if (random.nextDouble() < 0.2 && written < events) {
                            written += row(w, ts + 5, user, session, "add_to_cart", "p" + product, "", "", device,
                                    "", price(product), "1", "", "");
                        }
                    }
                }
            }
        }
    }

    private static String price(int product) {
        return Integer.toString(5 + product % 200) + "." + (product % 100 < 10 ? "0" : "") + product % 100;
    }

    private static int row(BufferedWriter w, long ts, int user, int session, String type, String product,
                           String query, String position, String device, String dwell, String price,
                           String quantity, String request, String truth) throws IOException {
        w.write(Instant.ofEpochMilli(ts).toString());
        for (String v : new String[] {"u" + user, "s" + session, type, product, query, position, device, dwell,
                price, quantity, request, truth}) {
            w.write(',');
            w.write(v);
        }
        w.write('\n');
        return 1;
    }
}
