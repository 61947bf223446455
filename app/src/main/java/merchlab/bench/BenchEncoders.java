package merchlab.bench;

import java.util.function.Supplier;
import merchlab.MerchLabException;
import merchlab.text.TextEncoder;

/** The text encoder benchmarks use for queries without a cached embedding. */
final class BenchEncoders {
    private BenchEncoders() {
    }

    static Supplier<TextEncoder> forWorkspace() {
        return () -> {
            throw new MerchLabException("a query has no cached embedding: run merchlab encode first");
        };
    }
}
