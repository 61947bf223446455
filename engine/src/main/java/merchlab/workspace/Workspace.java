package merchlab.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import merchlab.MerchLabException;
import org.sqlite.SQLiteConfig;

/**
 * One MerchLab workspace: a SQLite file in WAL mode, created and upgraded by {@link Migrations} when opened.
 *
 * <p>Connections are handed out per job (SQLite connections are not shared between threads); writers
 * additionally hold the {@link WriterLock} so that two processes never write at once.
 */
public final class Workspace {
    /** How long a second writer waits before it is refused. */
    public static final Duration WRITER_PATIENCE = Duration.ofSeconds(3);

    /** Bytes a bulk writer lets the write-ahead log grow by between checkpoints (fewer, larger checkpoints). */
    private static final int BULK_CHECKPOINT_BYTES = 64 << 20;

    /**
     * The page size of new workspaces (existing ones keep theirs): four times SQLite's default, which measured about
     * 15% less CPU for bulk imports (fewer pages to fill, balance and log) with lookups as fast.
     */
    private static final int PAGE_SIZE = 16_384;

    private final Path file;
    private final boolean readOnly;
    private final long maxBytes;

    private Workspace(Path file, boolean readOnly) {
        this(file, readOnly, 0);
    }

    private Workspace(Path file, boolean readOnly, long maxBytes) {
        this.file = file;
        this.readOnly = readOnly;
        this.maxBytes = maxBytes;
    }

    /**
     * This workspace with its file capped at about {@code maxBytes} (SQLite's {@code max_page_count}, never below the
     * file's current size): writing past the cap fails as a full disk would, so that is how tests make a disk full.
     */
    public Workspace withMaxBytes(long maxBytes) {
        return new Workspace(file, readOnly, maxBytes);
    }

    /** Opens (creating if missing) the workspace at {@code file}, upgrading its schema to the latest version. */
    public static Workspace open(Path file) {
        return open(file, Migrations.latestVersion());
    }

    /** Opens the workspace with its schema at exactly {@code version}; used by migration tests. */
    public static Workspace open(Path file, int version) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new MerchLabException("cannot create folder for workspace " + file + ": " + e.getMessage());
        }
        Workspace workspace = new Workspace(file.toAbsolutePath(), false);
        try (Connection c = workspace.connect()) {
            int current = Migrations.version(c);
            if (current > Migrations.latestVersion()) {
                throw new MerchLabException("workspace " + file.getFileName() + " has schema version " + current
                        + ", newer than this MerchLab understands (" + Migrations.latestVersion() + "); update MerchLab");
            }
            if (current < version) {
                try (WriterLock lock = workspace.lockForWriting()) {
                    Migrations.migrate(c, version);
                }
            }
            if (Migrations.version(c) >= 1) {
                workspace.restoreDeferredIndexes(c);
            }
        } catch (SQLException e) {
            throw new MerchLabException(StorageFailure.describe(e, workspace.file, 0)
                    .orElse("cannot open workspace " + file + ": " + e.getMessage()), e);
        }
        return workspace;
    }

    /**
     * Opens an existing workspace for reading only: its connections are read-only, so a workspace on a full disk or
     * in a read-only folder opens, and indexes a failed import left set aside are not built (the next writer does).
     * A workspace whose schema is older than this MerchLab is upgraded first, which needs writing.
     */
    public static Workspace openForReading(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new MerchLabException("no workspace at " + file + "; create one with merchlab import or merchlab demo");
        }
        Workspace workspace = new Workspace(file.toAbsolutePath(), true);
        int current;
        try (Connection c = workspace.connect()) {
            current = Migrations.version(c);
        } catch (SQLException e) {
            throw new MerchLabException("cannot read workspace " + file + ": " + e.getMessage(), e);
        }
        if (current > Migrations.latestVersion()) {
            throw new MerchLabException("workspace " + file.getFileName() + " has schema version " + current
                    + ", newer than this MerchLab understands (" + Migrations.latestVersion() + "); update MerchLab");
        }
        return current < Migrations.latestVersion() ? open(file) : workspace;
    }

    /** Whether this workspace was opened with {@link #openForReading}. */
    public boolean readOnly() {
        return readOnly;
    }

    /**
     * Builds indexes a killed import left set aside (see {@link DeferredIndexes}); when another process is writing,
     * that writer will do it, so this does not wait for it.
     */
    private void restoreDeferredIndexes(Connection c) throws SQLException {
        if (DeferredIndexes.pending(c).isEmpty()) {
            return;
        }
        WriterLock lock;
        try {
            lock = WriterLock.acquire(file, Duration.ZERO);
        } catch (MerchLabException busy) {
            return;
        }
        try (lock) {
            DeferredIndexes.restore(c);
        } catch (SQLException e) {
            if (StorageFailure.code(e).isEmpty()) {
                throw e;
            }
            // no room (or no permission) to build them now: they stay noted for the next writer, and reading works
        }
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** A new connection with the workspace's settings; the caller closes it. */
    public Connection connect() throws SQLException {
        return connect(new Properties());
    }

    /**
     * A connection for writing many rows: like {@link #connect()}, but the driver does not look up generated keys
     * after every insert (a query per row), so {@code getGeneratedKeys()} returns nothing on it, and the
     * write-ahead log is checkpointed in larger steps.
     */
    public Connection connectForBulkWrites() throws SQLException {
        Properties p = new Properties();
        p.setProperty("jdbc.get_generated_keys", "false");
        Connection c = connect(p);
        try (Statement st = c.createStatement()) {
            int pageSize;
            try (var rs = st.executeQuery("PRAGMA page_size")) {
                pageSize = rs.next() ? rs.getInt(1) : 4096;
            }
            st.execute("PRAGMA wal_autocheckpoint = " + BULK_CHECKPOINT_BYTES / Math.max(512, pageSize));
        }
        return c;
    }

    private Connection connect(Properties properties) throws SQLException {
        if (readOnly) {
            SQLiteConfig config = new SQLiteConfig(properties);
            config.setReadOnly(true);
            properties = config.toProperties();
        }
        Connection c = DriverManager.getConnection(url(), properties);
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = " + WRITER_PATIENCE.toMillis());
            if (!readOnly) {
                st.execute("PRAGMA page_size = " + PAGE_SIZE);
                st.execute("PRAGMA journal_mode = WAL");
                if (maxBytes > 0) {
                    try (var rs = st.executeQuery("PRAGMA page_size")) {
                        st.execute("PRAGMA max_page_count = " + Math.max(1, maxBytes / (rs.next() ? rs.getInt(1) : 4096)));
                    }
                }
            }
            st.execute("PRAGMA synchronous = NORMAL");
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("PRAGMA cache_size = -131072");
            st.execute("PRAGMA temp_store = MEMORY");
        } catch (SQLException e) {
            c.close();
            if (e.getMessage() != null && e.getMessage().contains("not a database")) {
                throw new MerchLabException(file + " is not a MerchLab workspace (not an SQLite database)");
            }
            throw e;
        }
        return c;
    }

    /**
     * The connection address: the file, or for reading a workspace in a folder nobody may write to (where SQLite cannot
     * create the shared-memory file a WAL reader needs) the file opened as immutable, which no process can be changing.
     */
    private String url() {
        Path folder = file.getParent();
        if (readOnly && folder != null && !Files.isWritable(folder)) {
            return "jdbc:sqlite:" + file.toUri().toString().replaceFirst("^file://", "file:") + "?immutable=1";
        }
        return "jdbc:sqlite:" + file;
    }

    /** Takes this workspace's writer lock; hold it for the whole of a writing job. */
    public WriterLock lockForWriting() {
        if (readOnly) {
            throw new MerchLabException("workspace " + file.getFileName() + " was opened for reading only");
        }
        return WriterLock.acquire(file, WRITER_PATIENCE);
    }

    /** A value from the workspace's key/value settings (for example the chosen encoder). */
    public Optional<String> meta(String key) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, key);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read workspace setting " + key + ": " + e.getMessage(), e);
        }
    }

    /** Stores a key/value setting. */
    public void putMeta(String key, String value) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new MerchLabException("cannot write workspace setting " + key + ": " + e.getMessage(), e);
        }
    }
}
