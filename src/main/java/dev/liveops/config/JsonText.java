package dev.liveops.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the file's text into a JSON tree, or into one plain-English problem with line and column. Jackson's own
 * messages name Java types and quote the offending text, which may be a secret typed without quotes, so they are
 * rewritten, never shown.
 */
final class JsonText {
    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("^Unexpected character \\('(.)' \\(code \\d+\\)\\)");
    private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'$");

    // Duplicate keys are refused: with the default "last one wins", half of a pasted section would be ignored.
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** The tree, or a {@link ConfigException} saying why the text is not JSON. */
    JsonNode parse(String text, String source) {
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text; // editors on Windows add a BOM
        if (json.isBlank()) {
            throw ConfigException.of(source, List.of(new ConfigProblem("$", "the file is empty; it must hold a JSON"
                    + " object")));
        }
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String sentence = "not valid JSON" + where + ": " + explain(e.getOriginalMessage());
            throw ConfigException.of(source, List.of(new ConfigProblem("$", sentence)));
        }
    }

    /** Jackson has no error codes, only messages: recognise the common ones, say something safe for the rest. */
    static String explain(String jackson) {
        String message = jackson == null ? "" : jackson;
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            return "the key \"" + duplicate.group(1) + "\" appears twice in the same object";
        }
        if (message.contains("comment")) {
            return "JSON does not allow comments (each key is documented in bot-config.schema.json)";
        }
        Matcher close = CLOSE_MARKER.matcher(message);
        if (close.find()) {
            return "found '" + close.group(1) + "' where '" + close.group(2) + "' should close the open "
                    + (close.group(2).equals("]") ? "list" : "object");
        }
        if (message.startsWith("Unexpected close marker")) {
            char bracket = message.charAt("Unexpected close marker '".length());
            return "found a closing '" + bracket + "' with nothing to close";
        }
        if (message.contains("expecting comma to separate Object entries")) {
            return "expected a comma between two entries (is one missing at the end of the previous line?)";
        }
        if (message.contains("expecting comma to separate Array entries")) {
            return "expected a comma between two list items";
        }
        Matcher unexpected = UNEXPECTED_CHAR.matcher(message);
        if (unexpected.find()) {
            String character = unexpected.group(1);
            if (message.contains("double-quote to start field name")) {
                return switch (character) {
                    case "}" -> "expected a key in double quotes but found '}' (remove the comma after the last entry)";
                    case "'" -> "keys and text must be in double quotes, not single quotes";
                    default -> "expected a key in double quotes but found '" + character + "'";
                };
            }
            return character.equals("]")
                    ? "found ']' where a value was expected (remove the comma after the last item)"
                    : "unexpected character '" + character + "'";
        }
        if (message.startsWith("Unrecognized token")) {
            // The token itself is not repeated: an unquoted secret would end up in logs.
            return "found a word that is not a JSON value; text must be in double quotes, and only true, false"
                    + " and null are written without them";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "text in double quotes must end on the same line; a control character or line break inside it"
                    + " must be escaped";
        }
        if (message.startsWith("Unrecognized character escape")) {
            return "text contains an invalid backslash escape (write \\\\ for a backslash)";
        }
        if (message.contains("closing quote")) {
            return "the file ends inside a text value (a closing double quote is missing)";
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return "the file ends before every '{' and '[' is closed";
        }
        if (message.startsWith("Trailing token")) {
            return "there is more text after the end of the top-level object";
        }
        if (message.contains("numeric value")) {
            return "a number is not written the way JSON requires (no leading zeros, no '+', digits after a '.')";
        }
        return "the text is not well-formed JSON";
    }
}
