package merchlab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import merchlab.MerchLabException;
import merchlab.workspace.Workspace;
import merchlab.workspace.WriterLock;

/** The top-N lists a batch run stored for every shopper, per model (table {@code recommendations}). */
public final class RecommendationStore {
    private final Workspace workspace;

    public RecommendationStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Starts replacing the lists of {@code model}: takes the workspace's writer lock and removes the model's earlier
     * lists in a transaction that {@link Writer#commit()} ends; closing without committing keeps the earlier lists.
     */
    public Writer replace(String model) {
        WriterLock lock = workspace.lockForWriting();
        Connection c = null;
        try {
            c = workspace.connect();
            c.setAutoCommit(false);
            try (PreparedStatement clear = c.prepareStatement("DELETE FROM recommendations WHERE model = ?")) {
                clear.setString(1, model);
                clear.executeUpdate();
            }
            return new Writer(lock, c, model, c.prepareStatement("INSERT INTO recommendations(model, user_id, rank, "
                    + "product_id, score, ctr, created_at) VALUES (?,?,?,?,?,?,?)"));
        } catch (SQLException e) {
            closeQuietly(c);
            lock.close();
            throw failure(e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            lock.close();
            throw e;
        }
    }

    /** Adds a model's ranked products in batches, one transaction for all. */
    public static final class Writer implements AutoCloseable {
        private final WriterLock lock;
        private final Connection connection;
        private final String model;
        private final PreparedStatement insert;

        private Writer(WriterLock lock, Connection connection, String model, PreparedStatement insert) {
            this.lock = lock;
            this.connection = connection;
            this.model = model;
            this.insert = insert;
        }

        /** Adds one ranked product to the current batch; {@code ctr} is null when the model predicts none. */
        public void add(String userId, int rank, String productId, double score, Double ctr, long createdAt) {
            try {
                insert.setString(1, model);
                insert.setString(2, userId);
                insert.setInt(3, rank);
                insert.setString(4, productId);
                insert.setDouble(5, score);
                if (ctr == null) {
                    insert.setNull(6, Types.REAL);
                } else {
                    insert.setDouble(6, ctr);
                }
                insert.setLong(7, createdAt);
                insert.addBatch();
            } catch (SQLException e) {
                throw failure(e);
            }
        }

        /** Writes the current batch. */
        public void flush() {
            try {
                insert.executeBatch();
            } catch (SQLException e) {
                throw failure(e);
            }
        }

        /** Commits the replaced lists. */
        public void commit() {
            try {
                connection.commit();
            } catch (SQLException e) {
                throw failure(e);
            }
        }

        @Override
        public void close() {
            try (lock) {
                try {
                    insert.close();
                } finally {
                    connection.close();
                }
            } catch (SQLException e) {
                throw failure(e);
            }
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the failure that led here is the one to report
            }
        }
    }

    private static MerchLabException failure(SQLException e) {
        return new MerchLabException("cannot store recommendations: " + e.getMessage(), e);
    }
}
