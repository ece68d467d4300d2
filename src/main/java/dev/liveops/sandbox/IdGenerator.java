package dev.liveops.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Ids that look like QuantConnect's (32 lowercase hex digits) but are derived from a seed string and a counter,
 * so the same sequence of calls always yields the same ids. Not thread-safe; guarded by {@link OrganizationStore}.
 */
final class IdGenerator {
    private static final int FIRST_CLONE_ID = 24_013_333;
    private int sequence;

    static String hex32(String seed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    String nextDeployId(int projectId) {
        return "L-" + hex32("deploy/" + projectId + "/" + next());
    }

    String nextCompileId(int projectId, String signature) {
        return hex32("compile/" + projectId + "/" + next()) + "-" + signature;
    }

    /** live/read cloneId: the id of the source snapshot taken at deploy time. */
    int nextCloneId() {
        return FIRST_CLONE_ID + next();
    }

    private int next() {
        return ++sequence;
    }
}
