package dev.liveops.quantconnect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;

/**
 * QuantConnect's request signature: {@code Authorization: Basic base64(userId:sha256hex(apiToken:ts))} with
 * {@code Timestamp: ts}. QuantConnect refuses hashes older than about two hours, so every request is signed afresh
 * rather than caching a hash the way LEAN does.
 */
public final class RequestSigner {
    private final QuantConnectCredentials credentials;
    private final Clock clock;

    public RequestSigner(QuantConnectCredentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    /** The two headers for a request sent now. */
    public Signature sign() {
        return sign(clock.instant().getEpochSecond());
    }

    /** The two headers for a request stamped with the given unix time (seconds). */
    public Signature sign(long unixSeconds) {
        String timestamp = Long.toString(unixSeconds);
        String hash = sha256Hex(credentials.apiToken().reveal() + ":" + timestamp);
        String basic = Base64.getEncoder()
                .encodeToString((credentials.userId() + ":" + hash).getBytes(StandardCharsets.UTF_8));
        return new Signature("Basic " + basic, timestamp);
    }

    static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required of every JVM", impossible);
        }
    }

    /** The header values. The authorization is derived from the token, so it is not printed either. */
    public record Signature(String authorization, String timestamp) {
        @Override
        public String toString() {
            return "Signature[authorization=****, timestamp=" + timestamp + "]";
        }
    }
}
