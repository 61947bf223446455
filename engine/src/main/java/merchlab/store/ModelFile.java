package merchlab.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import merchlab.MerchLabException;

/**
 * One exported model in a file that any workspace, or a batch job away from any workspace, reads back: a JSON document
 * {@code {"format": "merchlab-model", "version": 1, "model": {...}}} with the weights inside. A file written by a newer
 * MerchLab (a higher version) is refused in one line rather than misread; an unversioned export of an earlier build
 * (the bare model) is read as version 1.
 */
public final class ModelFile {
    /** The format name written in every file. */
    public static final String FORMAT = "merchlab-model";
    /** The format version this build writes and the newest it reads. */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelFile() {
    }

    /** The file's bytes for {@code model}. */
    public static byte[] write(SavedModel model) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("format", FORMAT);
        doc.put("version", VERSION);
        doc.set("model", JSON.valueToTree(model));
        try {
            return JSON.writeValueAsBytes(doc);
        } catch (JsonProcessingException e) {
            throw new MerchLabException("cannot write model " + model.name() + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code model} to {@code file}. */
    public static void write(SavedModel model, Path file) {
        try {
            Files.write(file, write(model));
        } catch (IOException e) {
            throw new MerchLabException("cannot export model " + model.name() + " to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads the model in {@code file}; a missing, foreign or newer file is a one-line {@link MerchLabException}. */
    public static SavedModel read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new MerchLabException("no model file " + file, e);
        } catch (IOException e) {
            throw new MerchLabException("cannot read model file " + file + ": " + e.getMessage(), e);
        }
        return read(bytes, file.toString());
    }

    /** Reads a model from a file's bytes; {@code source} names the file in errors. */
    public static SavedModel read(byte[] bytes, String source) {
        JsonNode doc;
        try {
            doc = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new MerchLabException(source + " is not an exported MerchLab model (not JSON)", e);
        }
        if (doc == null || !doc.isObject()) {
            throw new MerchLabException(source + " is not an exported MerchLab model (not a JSON object)");
        }
        JsonNode model = doc;
        if (doc.has("format")) {
            if (!FORMAT.equals(doc.get("format").asText())) {
                throw new MerchLabException(source + " is not an exported MerchLab model (format '"
                        + doc.get("format").asText() + "')");
            }
            JsonNode version = doc.get("version");
            if (version == null || !version.canConvertToInt() || version.asInt() < 1) {
                throw new MerchLabException(source + " has no valid format version");
            }
            if (version.asInt() > VERSION) {
                throw new MerchLabException(source + " was exported by a newer MerchLab (model format version "
                        + version.asInt() + "; this one reads up to " + VERSION + "): upgrade MerchLab to use it");
            }
            model = doc.get("model");
        }
        SavedModel m;
        try {
            m = model == null ? null : JSON.treeToValue(model, SavedModel.class);
        } catch (JsonProcessingException e) {
            throw new MerchLabException(source + " is not an exported MerchLab model: " + e.getOriginalMessage(), e);
        }
        if (m == null || m.name() == null || m.kind() == null) {
            throw new MerchLabException(source + " is not an exported MerchLab model (no name or kind)");
        }
        return m;
    }
}
