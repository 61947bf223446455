package merchlab.workspace;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Says in words why SQLite could not write a workspace when the cause is the disk rather than the data: the disk
 * (or the workspace's size limit) is full, the file or its folder is read-only, or the disk failed.
 */
public final class StorageFailure {
    private static final long MB = 1L << 20;

    private StorageFailure() {
    }

    /** The first SQLite error in {@code error}'s causes and suppressed errors that is about storage, if any. */
    public static Optional<SQLiteErrorCode> code(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException s && storage(s.getResultCode())) {
                return Optional.of(s.getResultCode());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                Optional<SQLiteErrorCode> inner = code(suppressed);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A one-line message for a storage failure of {@code workspace}, when {@code error} is one.
     *
     * @param neededBytes about how much more space the work needs, or 0 when not known
     */
    public static Optional<String> describe(Throwable error, Path workspace, long neededBytes) {
        return code(error).map(code -> message(code, workspace, neededBytes));
    }

    private static String message(SQLiteErrorCode code, Path workspace, long neededBytes) {
        Path folder = workspace.toAbsolutePath().getParent();
        String name = workspace.getFileName().toString();
        if (code == SQLiteErrorCode.SQLITE_FULL) {
            String disk = folder.toString();
            String free = "";
            try {
                FileStore store = Files.getFileStore(folder);
                disk = store.name() + " (" + folder + ")";
                free = String.format(Locale.ROOT, ", %,d MB free", store.getUsableSpace() / MB);
            } catch (IOException ignored) {
                // the folder's disk is unknown: name the folder alone
            }
            String needed = neededBytes > 0
                    ? String.format(Locale.ROOT, "; about %,d MB more are needed", Math.max(1, (neededBytes + MB - 1) / MB))
                    : "";
            return "the disk holding workspace " + name + " is full: " + disk + free + needed
                    + "; free some space and run the command again (work already committed is kept)";
        }
        if (code.name().startsWith("SQLITE_READONLY")) {
            return "workspace " + name + " is read-only (the file, its folder " + folder
                    + " or the disk does not allow writing): change its permissions or copy it to a writable folder";
        }
        if (code == SQLiteErrorCode.SQLITE_PERM || code.name().startsWith("SQLITE_CANTOPEN")) {
            return "cannot open workspace " + name + " for writing in " + folder
                    + ": permission denied or not a file; check the folder's permissions";
        }
        return "the disk failed while writing workspace " + name + " in " + folder + " (" + code.name()
                + "); check the disk and run the command again";
    }

    private static boolean storage(SQLiteErrorCode code) {
        String n = code.name();
        return code == SQLiteErrorCode.SQLITE_FULL || code == SQLiteErrorCode.SQLITE_PERM
                || n.startsWith("SQLITE_READONLY") || n.startsWith("SQLITE_CANTOPEN")
                || (n.startsWith("SQLITE_IOERR") && !n.equals("SQLITE_IOERR_NOMEM"));
    }
}
