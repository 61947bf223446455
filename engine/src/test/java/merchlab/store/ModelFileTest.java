package merchlab.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import merchlab.MerchLabException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {
    @TempDir
    Path dir;

    private static SavedModel model() {
        return new SavedModel("sequence", "sequence", Map.of("encoder", "en"), null, Map.of("ndcg@10", 0.2), null,
                1L, 2L, "cpu", 7L, null, new byte[] {4, 5, 6});
    }

    @Test
    void writtenFileCarriesFormatAndVersionAndReadsBack() throws Exception {
        Path file = dir.resolve("m.json");
        ModelFile.write(model(), file);
        var doc = new ObjectMapper().readTree(file.toFile());
        assertEquals("merchlab-model", doc.get("format").asText());
        assertEquals(ModelFile.VERSION, doc.get("version").asInt());
        SavedModel back = ModelFile.read(file);
        assertEquals("sequence", back.name());
        assertEquals("en", back.settings().get("encoder"));
        assertArrayEquals(new byte[] {4, 5, 6}, back.parameters());
    }

    @Test
    void newerVersionIsRefusedInOneLine() throws Exception {
        Path file = dir.resolve("new.json");
        String text = new String(ModelFile.write(model()), StandardCharsets.UTF_8)
                .replace("\"version\":" + ModelFile.VERSION, "\"version\":" + (ModelFile.VERSION + 1));
        Files.writeString(file, text);
        MerchLabException e = assertThrows(MerchLabException.class, () -> ModelFile.read(file));
        assertEquals(file + " was exported by a newer MerchLab (model format version " + (ModelFile.VERSION + 1)
                + "; this one reads up to " + ModelFile.VERSION + "): upgrade MerchLab to use it", e.getMessage());
    }

    @Test
    void unversionedExportOfAnEarlierBuildStillReads() throws Exception {
        Path file = dir.resolve("old.json");
        Files.write(file, new ObjectMapper().writeValueAsBytes(model()));
        assertArrayEquals(new byte[] {4, 5, 6}, ModelFile.read(file).parameters());
    }

    @Test
    void foreignOrMissingFilesAreClearErrors() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.json"), "{\"format\": \"onnx\"}");
        assertEquals(junk + " is not an exported MerchLab model (format 'onnx')",
                assertThrows(MerchLabException.class, () -> ModelFile.read(junk)).getMessage());
        Path text = Files.writeString(dir.resolve("text.json"), "hello");
        assertEquals(text + " is not an exported MerchLab model (not JSON)",
                assertThrows(MerchLabException.class, () -> ModelFile.read(text)).getMessage());
        Path none = dir.resolve("none.json");
        assertEquals("no model file " + none,
                assertThrows(MerchLabException.class, () -> ModelFile.read(none)).getMessage());
    }
}
