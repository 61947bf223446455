package merchlab.model;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import merchlab.MerchLabException;

/**
 * Copies a network's weights to and from bytes, for the models that keep their weights in the workspace (the ranker,
 * the intent classifier); {@code owner} names the model in messages ("the ranker", "the intent model").
 */
public final class NetworkWeights {
    private NetworkWeights() {
    }

    public static byte[] save(Block network, String owner) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            network.saveParameters(out);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot copy " + owner + "'s weights", e);
        }
    }

    /**
     * Overwrites the values of {@code network}'s existing weight arrays with those of {@code scratch} after loading
     * {@code weights} into it; in place, so a trainer that already holds the arrays sees the new values.
     */
    public static void copyInPlace(Block network, Block scratch, byte[] weights, NDManager manager, String owner) {
        load(scratch, weights, manager, owner);
        var target = network.getParameters();
        var source = scratch.getParameters();
        for (int i = 0; i < target.size(); i++) {
            target.valueAt(i).getArray().set(source.valueAt(i).getArray().toByteBuffer());
        }
    }

    public static void load(Block network, byte[] weights, NDManager manager, String owner) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(weights))) {
            network.loadParameters(manager, in);
        } catch (IOException | MalformedModelException | RuntimeException e) {
            throw new MerchLabException(owner + "'s weights do not fit its network: " + e.getMessage(), e);
        }
    }
}
