package dev.liveops.sandbox;

import com.sun.net.httpserver.Headers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks QuantConnect's request signature: {@code Authorization: Basic base64(userId:sha256hex(apiToken:ts))} plus
 * a {@code Timestamp: ts} header, with ts within {@link #MAX_SKEW_SECONDS} of the sandbox clock (LEAN's SDK notes
 * that older timestamps are refused). Rejection texts never contain the token or any hash.
 */
final class RequestAuthenticator {
    static final long MAX_SKEW_SECONDS = 7200;
    private static final int MAX_ECHO = 40;

    private final String userId;
    private final String apiToken;
    private final Clock clock;

    RequestAuthenticator(String userId, String apiToken, Clock clock) {
        this.userId = userId;
        this.apiToken = apiToken;
        this.clock = clock;
    }

    /**
     * The error sentence for a 401, or empty when the request is signed correctly: with the configured token, or
     * the one that replaced it (see {@link SandboxFaults#rotateApiToken}).
     */
    Optional<String> rejection(Headers headers, Optional<String> rotatedToken) {
        String apiToken = rotatedToken.orElse(this.apiToken);
        String authorization = headers.getFirst("Authorization");
        String timestamp = headers.getFirst("Timestamp");
        if (authorization == null || timestamp == null) {
            return Optional.of(mismatch("", timestamp) + " The Authorization and Timestamp headers are both required.");
        }
        String[] credentials = basicCredentials(authorization);
        if (credentials == null) {
            return Optional.of(mismatch("", timestamp) + " Authorization must be Basic base64(userId:hash).");
        }
        String sentUser = credentials[0];
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return Optional.of(mismatch(sentUser, timestamp) + " Timestamp must be unix time in seconds.");
        }
        boolean signed = userId.equals(sentUser) && MessageDigest.isEqual(
                sha256Hex(apiToken + ":" + timestamp).getBytes(StandardCharsets.UTF_8),
                credentials[1].getBytes(StandardCharsets.UTF_8));
        if (!signed) {
            return Optional.of(mismatch(sentUser, timestamp));
        }
        long skew = clock.instant().getEpochSecond() - seconds;
        if (skew > MAX_SKEW_SECONDS) {
            return Optional.of("Timestamp is too old for hash: " + seconds + " is " + skew
                    + " s behind the server clock (limit " + MAX_SKEW_SECONDS + " s). UID: " + sentUser);
        }
        if (-skew > MAX_SKEW_SECONDS) {
            return Optional.of("Timestamp is too far in the future for hash: " + seconds + " is " + -skew
                    + " s ahead of the server clock (limit " + MAX_SKEW_SECONDS + " s). UID: " + sentUser);
        }
        return Optional.empty();
    }

    static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    /** QuantConnect's own wording (lean-cli detects auth failures by this prefix). */
    private static String mismatch(String sentUser, String timestamp) {
        return "Hash doesn't match. UID: " + echo(sentUser) + " Timestamp: '" + echo(timestamp) + "'.";
    }

    private static String[] basicCredentials(String authorization) {
        String value = authorization.trim();
        if (!value.toLowerCase(Locale.ROOT).startsWith("basic ")) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(value.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String echo(String value) {
        if (value == null) {
            return "";
        }
        return value.length() > MAX_ECHO ? value.substring(0, MAX_ECHO) + "..." : value;
    }
}
