package dev.liveops.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import dev.liveops.text.Suggestions;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites the schema validator's messages ("$.a: string found, integer expected") as the sentences a user reads
 * ("$.a: expected an integer but found a string"). Nothing here quotes the value that failed: it may be a secret.
 * What a value must look like comes from the schema itself: each {@code pattern} has an {@code errorMessage} beside it.
 */
final class SchemaMessages {
    private final JsonNode schema;

    SchemaMessages(JsonNode schema) {
        this.schema = schema;
    }

    ConfigProblem translate(ValidationMessage message) {
        JsonNodePath at = message.getInstanceLocation();
        JsonNode rule = message.getSchemaNode();
        return switch (message.getType()) {
            case "additionalProperties" -> unknownKey(message, at.append(message.getProperty()));
            case "required" -> problem(at.append(message.getProperty()),
                    "required key is missing" + condition(message));
            case "propertyNames" -> problem(at.append(message.getProperty()),
                    "this key " + errorMessage(resolve(rule)));
            case "type" -> problem(at, "expected " + expected(rule) + " but found " + found(message.getInstanceNode()));
            case "pattern" -> problem(at, errorMessage(parent(message)));
            case "enum" -> problem(at, "must be one of: " + quoted(rule) + suggestion(message.getInstanceNode(), rule));
            case "minimum" -> problem(at, "must be at least " + rule.asText());
            case "maximum" -> problem(at, "must be at most " + rule.asText());
            case "minLength" -> problem(at, rule.asInt() == 1 ? "must not be empty"
                    : "must be at least " + rule.asInt() + " characters long");
            case "minItems" -> problem(at, rule.asInt() == 1 ? "must list at least one item"
                    : "must list at least " + rule.asInt() + " items");
            case "uniqueItems" -> problem(at, "lists the same value more than once");
            default -> problem(at, withoutPath(message));
        };
    }

    private ConfigProblem unknownKey(ValidationMessage message, JsonNodePath path) {
        List<String> known = new ArrayList<>();
        parent(message).path("properties").fieldNames().forEachRemaining(known::add);
        String hint = Suggestions.didYouMean(message.getProperty(), known);
        List<String> listed = known.stream().filter(key -> !key.startsWith("$")).toList(); // "$schema" is for editors
        if (hint.isEmpty()) {
            hint = listed.isEmpty() ? "; no keys are allowed here"
                    : "; the keys allowed here are: " + String.join(", ", listed);
        }
        return problem(path, "unknown key" + hint);
    }

    /** For a key required by an if/then branch: " (needed when mode is "socket")". */
    private String condition(ValidationMessage message) {
        JsonNodePath keyword = message.getSchemaLocation().getFragment();
        JsonNodePath branch = keyword.getParent();
        if (branch == null || !"then".equals(branch.getName(-1))) {
            return "";
        }
        List<String> conditions = new ArrayList<>();
        at(branch.getParent()).path("if").path("properties").properties().forEach(entry -> {
            if (entry.getValue().has("const")) {
                conditions.add(entry.getKey() + " is " + entry.getValue().get("const"));
            }
        });
        return conditions.isEmpty() ? "" : " (needed when " + String.join(" and ", conditions) + ")";
    }

    private static String expected(JsonNode type) {
        if (type.isArray()) {
            List<String> names = new ArrayList<>();
            type.forEach(name -> names.add(article(name.asText())));
            return String.join(" or ", names);
        }
        return article(type.asText());
    }

    private static String article(String jsonType) {
        return switch (jsonType) {
            case "integer" -> "an integer";
            case "number" -> "a number";
            case "string" -> "a string";
            case "boolean" -> "true or false";
            case "object" -> "an object";
            case "array" -> "a list";
            default -> jsonType;
        };
    }

    private static String found(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        return switch (value.getNodeType()) {
            case NUMBER -> value.isIntegralNumber() ? "an integer" : "a decimal number";
            case STRING -> "a string";
            case BOOLEAN -> "a boolean";
            case OBJECT -> "an object";
            case ARRAY -> "a list";
            case NULL -> "null";
            default -> "a value of another kind";
        };
    }

    private static String quoted(JsonNode values) {
        List<String> quoted = new ArrayList<>();
        values.forEach(value -> quoted.add(value.toString()));
        return String.join(", ", quoted);
    }

    /** Suggests one of the allowed values; the value the user wrote is not repeated. */
    private static String suggestion(JsonNode value, JsonNode allowed) {
        if (value == null || !value.isTextual()) {
            return "";
        }
        List<String> candidates = new ArrayList<>();
        allowed.forEach(candidate -> candidates.add(candidate.asText()));
        return Suggestions.didYouMean(value.textValue(), candidates);
    }

    private static String errorMessage(JsonNode rule) {
        return rule.path("errorMessage").asText("is not in the expected format");
    }

    /** The schema object that holds the keyword that failed, e.g. the object with "pattern" and "errorMessage". */
    private JsonNode parent(ValidationMessage message) {
        JsonNodePath parent = message.getSchemaLocation().getFragment().getParent();
        return parent == null ? schema : at(parent);
    }

    private JsonNode at(JsonNodePath pointer) {
        return schema.at(pointer == null ? "" : pointer.toString());
    }

    /** Follows a local {@code $ref} such as {@code #/$defs/name}. */
    private JsonNode resolve(JsonNode rule) {
        String ref = rule.path("$ref").asText("");
        return ref.startsWith("#") ? schema.at(ref.substring(1)) : rule;
    }

    /** The validator's own sentence without its leading path, for keywords this schema does not use yet. */
    private static String withoutPath(ValidationMessage message) {
        String text = message.getMessage();
        String prefix = message.getInstanceLocation() + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    private static ConfigProblem problem(JsonNodePath path, String message) {
        return new ConfigProblem(path.toString(), message);
    }
}
