package dev.liveops.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** The endpoints' JSON answers. */
final class Json {
    private final ObjectMapper mapper = new ObjectMapper();

    OpsResponse response(int status, Map<String, Object> body) {
        try {
            return new OpsResponse(status, OpsResponse.JSON, mapper.writeValueAsBytes(body));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("an endpoint's answer is not serialisable", impossible);
        }
    }
}
