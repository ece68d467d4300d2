package dev.liveops.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/** A configured digest's time zone must be one Java knows: the schema cannot list them. */
final class DigestChecks {
    private DigestChecks() {
    }

    static void zones(JsonNode root, List<ConfigProblem> problems) {
        JsonNode digests = root.path("notifications").path("digests");
        for (int i = 0; digests.isArray() && i < digests.size(); i++) {
            JsonNode zone = digests.get(i).path("zone");
            if (zone.isTextual() && !isZone(zone.textValue())) {
                problems.add(new ConfigProblem(ConfigPaths.of("notifications").append("digests").append(i)
                        .append("zone").toString(), "\"" + zone.textValue() + "\" is not a time zone; use a region "
                        + "id such as Europe/London or America/New_York, or UTC"));
            }
        }
    }

    private static boolean isZone(String text) {
        try {
            ZoneId.of(text);
            return true;
        } catch (DateTimeException unknown) {
            return false;
        }
    }
}
