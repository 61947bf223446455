package merchlab.model.ranker;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import merchlab.MerchLabException;

/** Copies a network's weights to and from bytes. */
final class RankerWeights {
    private RankerWeights() {
    }

    static byte[] save(Block network) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            network.saveParameters(out);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot copy the ranker's weights", e);
        }
    }

    /**
     * Overwrites the values of {@code network}'s existing weight arrays with those of {@code scratch} after loading
     * {@code weights} into it; in place, so a trainer that already holds the arrays sees the new values.
     */
    static void copyInPlace(Block network, Block scratch, byte[] weights, NDManager manager) {
        load(scratch, weights, manager);
        var target = network.getParameters();
        var source = scratch.getParameters();
        for (int i = 0; i < target.size(); i++) {
            target.valueAt(i).getArray().set(source.valueAt(i).getArray().toByteBuffer());
        }
    }

    static void load(Block network, byte[] weights, NDManager manager) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(weights))) {
            network.loadParameters(manager, in);
        } catch (IOException | MalformedModelException | RuntimeException e) {
            throw new MerchLabException("the ranker's weights do not fit its network: " + e.getMessage(), e);
        }
    }
}
