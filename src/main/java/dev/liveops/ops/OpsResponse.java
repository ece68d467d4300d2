package dev.liveops.ops;

import java.nio.charset.StandardCharsets;

/** What an operational endpoint answers: a status and a UTF-8 body. */
record OpsResponse(int status, String contentType, byte[] body) {
    static final String JSON = "application/json; charset=utf-8";

    static OpsResponse text(int status, String contentType, String body) {
        return new OpsResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }
}
