package merchlab.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import merchlab.MerchLabException;

/**
 * An operating-system lock that lets one process at a time write a workspace; a second writer waits briefly, then is refused.
 */
public final class WriterLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock beside {@code database}, waiting up to {@code patience}. */
    public static WriterLock acquire(Path database, Duration patience) {
        Path lockFile = database.resolveSibling(database.getFileName() + ".lock");
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new WriterLock(channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    channel.close();
                    throw new MerchLabException("workspace " + database.getFileName()
                            + " is busy: another MerchLab process is writing to it; try again when it has finished");
                }
                Thread.sleep(50);
            }
        } catch (IOException e) {
            throw new MerchLabException("cannot lock workspace " + database + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MerchLabException("interrupted while waiting for workspace " + database.getFileName());
        }
    }

    /**
     * Whether a writer holds the lock of {@code database} now; reads the lock file only (no file is created, so this
     * works in a read-only folder) and says false when it cannot tell.
     */
    public static boolean held(Path database) {
        Path lockFile = database.resolveSibling(database.getFileName() + ".lock");
        if (!java.nio.file.Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ)) {
            FileLock probe = channel.tryLock(0, Long.MAX_VALUE, true);
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this JVM: wait like any other writer
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the lock dies with the channel anyway
        }
    }
}
