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

    /** Reads the parameters into {@code manager}. */
    static Content read(byte[] bytes, NDManager manager) {
        if (bytes == null) {
            throw new MerchLabException("the saved sequence model has no parameters");
        }
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
