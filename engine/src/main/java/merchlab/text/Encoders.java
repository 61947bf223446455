package merchlab.text;

import java.util.List;
import java.util.Locale;
import merchlab.MerchLabException;
import merchlab.store.EmbeddingStore;
import merchlab.text.onnx.EncoderSpec;
import merchlab.text.onnx.OnnxTextEncoder;

/**
 * Opens the pretrained encoders by name: {@code en} (all-MiniLM-L6-v2) and {@code zh} (bge-small-zh-v1.5).
 */
public final class Encoders {
    /** The names {@link #open} accepts. */
    public static final List<String> NAMES = List.of("en", "zh");

    /** The name that asks for the choice to be made from the catalog's text. */
    public static final String AUTO = "auto";

    private Encoders() {
    }

    /** Opens the encoder the workspace's products were embedded with; a clear error before the first encode. */
    public static TextEncoder openFor(merchlab.workspace.Workspace workspace) {
        String name = new EmbeddingStore(workspace).encoder().orElseThrow(() -> new merchlab.MerchLabException(
                "this workspace's products have no embeddings yet: run merchlab encode first"));
        return open(name);
    }

    /** Opens encoder {@code name} with one ONNX Runtime thread per call; the caller closes it. */
    public static TextEncoder open(String name) {
        return open(name, 1);
    }

    /**
     * Opens encoder {@code name}; an unknown name is a {@link MerchLabException}.
     *
     * @param threadsPerCall ONNX Runtime intra-op threads one {@code encode} call may use
     */
    public static TextEncoder open(String name, int threadsPerCall) {
        return OnnxTextEncoder.load(spec(name), threadsPerCall);
    }

    /** The specification of encoder {@code name}. */
    public static EncoderSpec spec(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "en" -> EncoderSpec.ENGLISH;
            case "zh" -> EncoderSpec.CHINESE;
            default -> throw new MerchLabException("unknown encoder '" + name + "': use one of " + String.join(", ", NAMES)
                    + ", " + EncoderChoice.BOTH + " or " + AUTO);
        };
    }
}
