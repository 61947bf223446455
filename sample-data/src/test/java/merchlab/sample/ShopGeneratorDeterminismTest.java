package merchlab.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShopGeneratorDeterminismTest {
    private static final ShopConfig CONFIG = ShopConfig.of(ShopSize.SMALL).withProducts(400).withUsers(60).withDays(4)
            .withFormats(EnumSet.allOf(OutputFormat.class));

    @Test
    void sameSeedWritesByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws IOException {
        GeneratedShop a = new ShopGenerator().generate(CONFIG, first, GenerationListener.NONE);
        GeneratedShop b = new ShopGenerator().generate(CONFIG, second, GenerationListener.NONE);
        assertEquals(a.files().keySet(), b.files().keySet());
        assertEquals(10, a.files().size());
        for (String name : a.files().keySet()) {
            assertArrayEquals(Files.readAllBytes(a.files().get(name)), Files.readAllBytes(b.files().get(name)),
                    name + " differs between two runs with the same seed");
        }
        assertEquals(a.events(), b.events());
    }

    @Test
    void otherSeedWritesAnotherShop(@TempDir Path first, @TempDir Path second) throws IOException {
        GeneratedShop a = new ShopGenerator().generate(CONFIG.withFormats(null), first, GenerationListener.NONE);
        GeneratedShop b = new ShopGenerator().generate(CONFIG.withFormats(null).withSeed(7), second,
                GenerationListener.NONE);
        assertFalse(Arrays.equals(Files.readAllBytes(a.eventsCsv()), Files.readAllBytes(b.eventsCsv())));
        assertFalse(Arrays.equals(Files.readAllBytes(a.productsCsv()), Files.readAllBytes(b.productsCsv())));
    }
}
