package merchlab.model.sequence;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import merchlab.MerchLabException;

/**
 * A training run's state after a finished epoch, in one file: parameters, optimiser moments, and the early-stopping
 * bookkeeping. A run with the same key (same data and settings) resumes from it.
 */
final class SequenceCheckpoint {
    private static final String MAGIC = "merchlab-sequence-checkpoint-2";

    /** Early-stopping bookkeeping after {@code epoch}. */
    record Progress(int epoch, double best, int bestEpoch, int badEpochs, double lastLoss, double learningRate,
                    Map<String, Double> bestValidation, byte[] bestParameters) {
    }

    /** What a checkpoint file holds. */
    record Saved(Progress progress, NDList parameters, NDList optimiser) {
    }

    private SequenceCheckpoint() {
    }

    /** Writes the checkpoint atomically (a temporary file moved into place). */
    static void write(Path file, long key, Progress p, NDList parameters, NDList optimiser) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeUTF(MAGIC);
                out.writeLong(key);
                out.writeInt(p.epoch());
                out.writeDouble(p.best());
                out.writeInt(p.bestEpoch());
                out.writeInt(p.badEpochs());
                out.writeDouble(p.lastLoss());
                out.writeDouble(p.learningRate());
                out.writeInt(p.bestValidation().size());
                for (Map.Entry<String, Double> e : p.bestValidation().entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeDouble(e.getValue());
                }
                out.writeInt(p.bestParameters().length);
                out.write(p.bestParameters());
                parameters.encode(out);
                optimiser.encode(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new MerchLabException("cannot write training checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The checkpoint in {@code file}, or empty when there is none. A file that is not a checkpoint, one written for
     * other data or settings ({@code key}), or one that cannot be read is refused with the reason, never taken for "no
     * checkpoint": a resumed run would otherwise start again from scratch without a word.
     */
    static Optional<Saved> read(Path file, long key, NDManager manager) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!MAGIC.equals(in.readUTF())) {
                throw new MerchLabException(file + " is not a MerchLab sequence training checkpoint: delete it, or "
                        + "train without --resume");
            }
            if (in.readLong() != key) {
                throw new MerchLabException("the checkpoint at " + file + " was made with other training data or "
                        + "settings than this run's: train without --resume (or delete it)");
            }
            int epoch = in.readInt();
            double best = in.readDouble();
            int bestEpoch = in.readInt();
            int badEpochs = in.readInt();
            double lastLoss = in.readDouble();
            double learningRate = in.readDouble();
            Map<String, Double> validation = new LinkedHashMap<>();
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                validation.put(in.readUTF(), in.readDouble());
            }
            byte[] bestParameters = in.readNBytes(in.readInt());
            NDList parameters = NDList.decode(manager, in);
            NDList optimiser = NDList.decode(manager, in);
            return Optional.of(new Saved(new Progress(epoch, best, bestEpoch, badEpochs, lastLoss, learningRate, validation,
                    bestParameters), parameters, optimiser));
        } catch (MerchLabException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new MerchLabException("cannot read the checkpoint at " + file + " (" + e.getMessage() + "): delete "
                    + "it, or train without --resume", e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new MerchLabException("cannot remove training checkpoint " + file + ": " + e.getMessage(), e);
        }
    }
}
