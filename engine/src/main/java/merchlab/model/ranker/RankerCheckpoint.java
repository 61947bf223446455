package merchlab.model.ranker;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import merchlab.MerchLabException;

/**
 * The state of a training run after an epoch, written to a file so an interrupted run can resume where it stopped.
 *
 * @param examples   number of training examples, to refuse resuming on different data
 * @param current    network weights after the epoch
 * @param best       network weights of the best epoch so far
 */
record RankerCheckpoint(int epoch, long examples, double bestAuc, int bestEpoch, int epochsWithoutGain, byte[] current,
                  byte[] best) {
    private static final int MAGIC = 0x4d4c434b;

    /** Writes atomically: first to a temporary file, then moved into place. */
    void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(epoch);
            out.writeLong(examples);
            out.writeDouble(bestAuc);
            out.writeInt(bestEpoch);
            out.writeInt(epochsWithoutGain);
            out.writeInt(current.length);
            out.write(current);
            out.writeInt(best.length);
            out.write(best);
            out.flush();
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, bytes.toByteArray());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new MerchLabException("cannot write checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    /** The checkpoint in {@code file}, empty when there is none. */
    static Optional<RankerCheckpoint> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            if (in.readInt() != MAGIC) {
                throw new MerchLabException(file + " is not a MerchLab training checkpoint");
            }
            int epoch = in.readInt();
            long examples = in.readLong();
            double bestAuc = in.readDouble();
            int bestEpoch = in.readInt();
            int without = in.readInt();
            byte[] current = in.readNBytes(in.readInt());
            byte[] best = in.readNBytes(in.readInt());
            return Optional.of(new RankerCheckpoint(epoch, examples, bestAuc, bestEpoch, without, current, best));
        } catch (IOException e) {
            throw new MerchLabException("cannot read checkpoint " + file + ": " + e.getMessage(), e);
        }
    }
}
