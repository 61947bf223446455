package merchlab.sample.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import merchlab.sample.GenerationListener;
import merchlab.sample.OutputFormat;
import merchlab.sample.ShopConfig;
import merchlab.sample.ShopGenerator;
import merchlab.sample.ShopSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shop without ads is written byte for byte as before sponsored products existed: the digests below were taken
 * from the generator before ads were added, so published benchmark shops stay what they were.
 */
class AdsOffOutputTest {
    private static final Map<String, String> BEFORE_ADS = Map.of(
            "events.csv", "9a501d73ef7face6dd8dd7f3e73dd4f773a7c491f98b9eab1c9fccc04850a9b5",
            "ga4_events.jsonl", "c494af58994be25d1dc5534a38878c98865000dc3a74cc64a4a6da8005c9ce63",
            "impression_truth.csv", "45088e3c2c9346aef21966dbcb90cf620d460e817ab7e8ca0e31125d190138f5",
            "judgments.csv", "6ab94c208fee9ac12a32b4bfafaef178271b1a16681b5e7f67d7efd37db96a0c",
            "products.csv", "b6c5b8eebf66c1f7a69c447fe6a752d96bc155788fb32a0545df2e4ec1161e6e",
            "products.jsonl", "1cd3649351fe9df40700927e7501a6665cd658c006c495712696cabfa7a3e9b2",
            "queries.csv", "0b21dd79bab5221a31bfda21941b94c0f3fa72589775fa93c80a6ea982a93abe",
            "service_messages.csv", "bde8e66c1fe5c531091d04122d4566e0b629923b80cd9a0c8aeb70fe60825b01",
            "shoppers.csv", "6a05f8e617e7b24593ba11bfaa7e08f0f06936c4d23cc7af0087ec8bcd395bf2",
            "truth.json", "c8f78991b544e344cf099f1efcbc96c2349093b8267feb95bcbd4e1a31af98c7");

    @Test
    void aShopWithoutAdsIsWrittenExactlyAsBefore(@TempDir Path dir) throws IOException {
        ShopConfig config = ShopConfig.of(ShopSize.SMALL).withProducts(300).withUsers(60).withDays(3)
                .withFormats(EnumSet.allOf(OutputFormat.class));
        new ShopGenerator().generate(config, dir, GenerationListener.NONE);
        assertEquals(new TreeMap<>(BEFORE_ADS), digests(dir));
    }

    static Map<String, String> digests(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                out.put(f.getFileName().toString(), sha256(f));
            }
        }
        return out;
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
