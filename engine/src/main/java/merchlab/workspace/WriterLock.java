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
