package dev.liveops.quantconnect;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;

/** The one Jackson setup for QuantConnect's JSON: tolerant of new fields, exact about money, lenient about dates. */
final class QuantConnectJson {
    private QuantConnectJson() {
    }

    static ObjectMapper mapper() {
        SimpleModule dates = new SimpleModule("QuantConnectDates").addDeserializer(Instant.class, new InstantReader());
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(dates)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    /** An unreadable date becomes null rather than failing a whole list of deployments. */
    private static final class InstantReader extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                return Instant.ofEpochSecond(parser.getLongValue());
            }
            return QuantConnectDates.parse(parser.getValueAsString()).orElse(null);
        }
    }
}
