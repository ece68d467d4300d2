package dev.liveops.sandbox;

import java.time.Instant;

/** One live log row. Rows may be stamped in the future: they only become visible once the clock reaches them. */
record LogLine(Instant at, String deployId, String text) {

    String render() {
        return WireFormat.dateTime(at) + " " + text;
    }
}
