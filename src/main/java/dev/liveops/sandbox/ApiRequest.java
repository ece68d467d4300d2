package dev.liveops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The parameters of one API call (a JSON body or query parameters) with typed accessors whose failures are
 * {@link ApiException}s naming the field, so validation reads as one line per field in the endpoints.
 * Query parameters arrive as strings, so numbers are also accepted in their string form.
 */
final class ApiRequest {
    private final ObjectNode fields;
    private final String path;

    ApiRequest(ObjectNode fields) {
        this(fields, "");
    }

    private ApiRequest(ObjectNode fields, String path) {
        this.fields = fields;
        this.path = path;
    }

    boolean has(String name) {
        JsonNode value = fields.get(name);
        return value != null && !value.isNull();
    }

    int requireInt(String name) {
        return optionalInt(name).orElseThrow(() -> missing(name));
    }

    OptionalInt optionalInt(String name) {
        if (!has(name)) {
            return OptionalInt.empty();
        }
        JsonNode value = fields.get(name);
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return OptionalInt.of(value.intValue());
        }
        if (value.isTextual()) {
            try {
                return OptionalInt.of(Integer.parseInt(value.textValue().trim()));
            } catch (NumberFormatException e) {
                // fall through to the type error
            }
        }
        throw wrongType(name, "an integer", value);
    }

    double requireNumber(String name) {
        if (!has(name)) {
            throw missing(name);
        }
        JsonNode value = fields.get(name);
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isTextual()) {
            try {
                return new BigDecimal(value.textValue().trim()).doubleValue();
            } catch (NumberFormatException e) {
                // fall through to the type error
            }
        }
        throw wrongType(name, "a number", value);
    }

    String requireText(String name) {
        String text = optionalText(name).orElseThrow(() -> missing(name));
        if (text.isBlank()) {
            throw new ApiException("Field '" + qualified(name) + "' must not be empty.");
        }
        return text;
    }

    Optional<String> optionalText(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode value = fields.get(name);
        if (!value.isTextual()) {
            throw wrongType(name, "a string", value);
        }
        return Optional.of(value.textValue());
    }

    /** A scalar that the spec types as a string but clients also send as a number (versionId). */
    String requireScalarText(String name) {
        if (!has(name)) {
            throw missing(name);
        }
        JsonNode value = fields.get(name);
        if (!value.isValueNode()) {
            throw wrongType(name, "a string or a number", value);
        }
        return value.asText();
    }

    ApiRequest requireObject(String name) {
        if (!has(name)) {
            throw missing(name);
        }
        JsonNode value = fields.get(name);
        if (!value.isObject()) {
            throw wrongType(name, "an object", value);
        }
        return new ApiRequest((ObjectNode) value, qualified(name) + ".");
    }

    /** A required object field as sent, for endpoints that keep or echo it whole (a command). */
    ObjectNode requireObjectNode(String name) {
        requireObject(name);
        return ((ObjectNode) fields.get(name)).deepCopy();
    }

    /** The entries of an optional object field whose values are objects, in the order sent; absent means empty. */
    Map<String, ApiRequest> objectMap(String name) {
        if (!has(name)) {
            return Map.of();
        }
        JsonNode value = fields.get(name);
        if (!value.isObject()) {
            throw wrongType(name, "an object", value);
        }
        Map<String, ApiRequest> entries = new LinkedHashMap<>();
        value.fields().forEachRemaining(entry -> {
            String entryPath = qualified(name) + "." + entry.getKey();
            if (!entry.getValue().isObject()) {
                throw new ApiException("Field '" + entryPath + "' must be an object.");
            }
            entries.put(entry.getKey(), new ApiRequest((ObjectNode) entry.getValue(), entryPath + "."));
        });
        return entries;
    }

    /** The objects of an optional array field; absent means empty. */
    List<ApiRequest> objects(String name) {
        if (!has(name)) {
            return List.of();
        }
        JsonNode value = fields.get(name);
        if (!value.isArray()) {
            throw wrongType(name, "an array", value);
        }
        List<ApiRequest> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String itemPath = qualified(name) + "[" + i + "]";
            if (!item.isObject()) {
                throw new ApiException("Field '" + itemPath + "' must be an object.");
            }
            items.add(new ApiRequest((ObjectNode) item, itemPath + "."));
        }
        return items;
    }

    private ApiException missing(String name) {
        return new ApiException("Missing required field '" + qualified(name) + "'.");
    }

    private ApiException wrongType(String name, String expected, JsonNode actual) {
        String shown = actual.toString();
        if (shown.length() > 40) {
            shown = shown.substring(0, 40) + "...";
        }
        return new ApiException("Field '" + qualified(name) + "' must be " + expected + ", got " + shown + ".");
    }

    private String qualified(String name) {
        return path + name;
    }
}
