package merchlab.importer.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Replaces shopper ids with a salted SHA-256 hash (32 hex digits), the salt being the workspace's own, so the same
 * shopper gets the same pseudonym in every import into that workspace and cannot be looked up elsewhere.
 */
public final class Pseudonymizer {
    private static final int CACHE = 1 << 16;

    private final byte[] salt;
    private final MessageDigest sha;
    private final Map<String, String> recent = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHE;
        }
    };

    public Pseudonymizer(String salt) {
        this.salt = salt.getBytes(StandardCharsets.UTF_8);
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The pseudonymizer of a workspace that has pseudonymised shoppers (it has a salt), or empty. */
    public static java.util.Optional<Pseudonymizer> of(merchlab.workspace.Workspace workspace) {
        return workspace.meta(ImportJob.SALT_KEY).map(Pseudonymizer::new);
    }

    /** The pseudonym of {@code id}; null stays null. */
    public String apply(String id) {
        if (id == null) {
            return null;
        }
        String cached = recent.get(id);
        if (cached != null) {
            return cached;
        }
        sha.reset();
        sha.update(salt);
        sha.update((byte) 0);
        byte[] digest = sha.digest(id.getBytes(StandardCharsets.UTF_8));
        String pseudonym = HexFormat.of().formatHex(digest, 0, 16);
        recent.put(id, pseudonym);
        return pseudonym;
    }

    /** The pseudonymizer of the workspace on {@code c}, whose salt is made and stored on first use. */
    static Pseudonymizer forWorkspace(Connection c) throws SQLException {
        return new Pseudonymizer(salt(c));
    }

    private static String salt(Connection c) throws SQLException {
        try (var ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, ImportJob.SALT_KEY);
            try (var rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getString(1);
                }
            }
        }
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        String salt = HexFormat.of().formatHex(bytes);
        try (var ps = c.prepareStatement("INSERT INTO meta(key, value) VALUES (?, ?)")) {
            ps.setString(1, ImportJob.SALT_KEY);
            ps.setString(2, salt);
            ps.executeUpdate();
        }
        return salt;
    }
}
