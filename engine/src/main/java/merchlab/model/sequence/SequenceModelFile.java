package merchlab.model.sequence;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import merchlab.MerchLabException;

/**
 * The bytes of a saved sequence model: the training products (rows of the id table) with their training frequency,
 * followed by the network's parameters in DJL's {@link NDList} encoding.
 */
final class SequenceModelFile {
    private static final String MAGIC = "merchlab-sequence-1";
    /** A network followed by the transition skip's co-occurrence counts ({@link TransitionSkip}). */
    private static final String WITH_TRANSITIONS = "merchlab-sequence-transitions-1";

    /** What a saved model holds. */
    record Content(List<String> products, int[] counts, NDList parameters) {
    }

    private SequenceModelFile() {
    }

    static byte[] write(List<String> products, int[] counts, NDList parameters) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            out.writeInt(products.size());
            for (int i = 0; i < products.size(); i++) {
                out.writeUTF(products.get(i));
                out.writeInt(counts[i + 1]);
            }
            parameters.encode(out);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new MerchLabException("cannot serialise the sequence model: " + e.getMessage(), e);
        }
    }

    /** The bytes of a network and of the co-occurrence counts of its transition skip, stored together. */
    static byte[] withTransitions(byte[] network, byte[] transitions) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(WITH_TRANSITIONS);
            out.writeInt(network.length);
            out.write(network);
            out.writeInt(transitions.length);
            out.write(transitions);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new MerchLabException("cannot serialise the sequence model: " + e.getMessage(), e);
        }
    }

    /** The transition skip's co-occurrence counts, or null for a model without them. */
    static byte[] transitions(byte[] stored) {
        return part(stored, 1);
    }

    /** Part {@code which} (0 the network, 1 the transitions) of stored bytes; the network is all of older models. */
    private static byte[] part(byte[] stored, int which) {
        if (stored == null) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
            if (!WITH_TRANSITIONS.equals(in.readUTF())) {
                return which == 0 ? stored : null;
            }
            byte[] network = in.readNBytes(in.readInt());
            return which == 0 ? network : in.readNBytes(in.readInt());
        } catch (IOException e) {
            throw new MerchLabException("the saved sequence model is damaged: " + e.getMessage(), e);
        }
    }

    /** Reads the network's parameters into {@code manager}. */
    static Content read(byte[] stored, NDManager manager) {
        if (stored == null) {
            throw new MerchLabException("the saved sequence model has no parameters");
        }
        byte[] bytes = part(stored, 0);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (!MAGIC.equals(in.readUTF())) {
                throw new MerchLabException("the saved model's parameters are not a sequence model");
            }
            int n = in.readInt();
            List<String> products = new ArrayList<>(n);
            int[] counts = new int[n + 1];
            for (int i = 0; i < n; i++) {
                products.add(in.readUTF());
                counts[i + 1] = in.readInt();
            }
            return new Content(products, counts, NDList.decode(manager, in));
        } catch (IOException | RuntimeException e) {
            if (e instanceof MerchLabException m) {
                throw m;
            }
            throw new MerchLabException("the saved sequence model is damaged: " + e.getMessage(), e);
        }
    }
}
