package dev.liveops.sandbox;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxAuthenticationTest extends SandboxTestSupport {

    @Test
    void signedRequestIsAcceptedByPostAndGet() {
        assertThat(client.ok("authenticate", Map.of()).path("errors").size()).isZero();

        SignedQcClient.Reply get = client.get("authenticate", Map.of());
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.success()).isTrue();
    }

    @Test
    void wrongTokenIsRejectedWith401AndNoSecretInTheBody() {
        long ts = client.now();
        SignedQcClient.Reply reply = client.postWithHeaders("authenticate",
                SignedQcClient.authorization(sandbox.userId(), "not-the-token", ts), Long.toString(ts));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.success()).isFalse();
        assertThat(reply.firstError()).startsWith("Hash doesn't match. UID: " + sandbox.userId());
        assertThat(reply.rawBody())
                .doesNotContain(sandbox.apiToken())
                .doesNotContain(SignedQcClient.sha256Hex(sandbox.apiToken() + ":" + ts))
                .doesNotContain(SignedQcClient.sha256Hex("not-the-token:" + ts));
    }

    @Test
    void wrongUserIsRejected() {
        long ts = client.now();
        SignedQcClient.Reply reply = client.postWithHeaders("authenticate",
                SignedQcClient.authorization("999999", sandbox.apiToken(), ts), Long.toString(ts));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.firstError()).startsWith("Hash doesn't match. UID: 999999");
    }

    @Test
    void hashMustUseTheSentTimestamp() {
        long ts = client.now();
        SignedQcClient.Reply reply = client.postWithHeaders("authenticate",
                SignedQcClient.authorization(sandbox.userId(), sandbox.apiToken(), ts), Long.toString(ts - 1));

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void timestampOlderThan7200SecondsIsRejected() {
        long ts = client.now();
        String authorization = SignedQcClient.authorization(sandbox.userId(), sandbox.apiToken(), ts);

        advance(Duration.ofSeconds(7200));
        assertThat(client.postWithHeaders("authenticate", authorization, Long.toString(ts)).status()).isEqualTo(200);

        advance(Duration.ofSeconds(1));
        SignedQcClient.Reply stale = client.postWithHeaders("authenticate", authorization, Long.toString(ts));
        assertThat(stale.status()).isEqualTo(401);
        assertThat(stale.firstError()).startsWith("Timestamp is too old for hash").contains("7201 s");
    }

    @Test
    void timestampFarInTheFutureIsRejected() {
        long ts = client.now() + 7201;
        SignedQcClient.Reply reply = client.postWithHeaders("authenticate",
                SignedQcClient.authorization(sandbox.userId(), sandbox.apiToken(), ts), Long.toString(ts));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.firstError()).contains("future");
    }

    @Test
    void missingHeadersAreRejected() {
        long ts = client.now();
        String authorization = SignedQcClient.authorization(sandbox.userId(), sandbox.apiToken(), ts);

        SignedQcClient.Reply noTimestamp = client.postWithHeaders("authenticate", authorization, null);
        SignedQcClient.Reply noAuthorization = client.postWithHeaders("authenticate", null, Long.toString(ts));

        assertThat(noTimestamp.status()).isEqualTo(401);
        assertThat(noTimestamp.firstError()).startsWith("Hash doesn't match.");
        assertThat(noAuthorization.status()).isEqualTo(401);
        assertThat(noAuthorization.body().path("success").asBoolean(true)).isFalse();
    }

    @Test
    void malformedAuthorizationIsRejected() {
        String ts = Long.toString(client.now());
        String noColon = "Basic " + Base64.getEncoder().encodeToString("100000".getBytes(StandardCharsets.UTF_8));

        assertThat(client.postWithHeaders("authenticate", "Bearer abc", ts).status()).isEqualTo(401);
        assertThat(client.postWithHeaders("authenticate", "Basic %%%not-base64", ts).status()).isEqualTo(401);
        assertThat(client.postWithHeaders("authenticate", noColon, ts).status()).isEqualTo(401);
        assertThat(client.postWithHeaders("authenticate",
                SignedQcClient.authorization(sandbox.userId(), sandbox.apiToken(), 0), "soon").status())
                .isEqualTo(401);
    }

    @Test
    void everyEndpointRequiresAuthentication() {
        SignedQcClient.Reply reply = client.postWithHeaders("live/list", null, null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body().has("live")).isFalse();
    }

    @Test
    void customCredentialsAreUsed() {
        try (QuantConnectSandbox custom = QuantConnectSandbox.builder().clock(clock).userId("424242")
                .apiToken("another-token").build().start()) {
            SignedQcClient customClient = SignedQcClient.of(custom, clock);
            assertThat(customClient.ok("authenticate", Map.of()).path("success").asBoolean()).isTrue();
            long ts = client.now();
            assertThat(customClient.postWithHeaders("authenticate",
                    SignedQcClient.authorization(QuantConnectSandbox.DEFAULT_USER_ID,
                            QuantConnectSandbox.DEFAULT_API_TOKEN, ts), Long.toString(ts)).status()).isEqualTo(401);
        }
    }
}
