package dev.liveops.chart;

/** The chart could not be drawn on this machine; the message is one sentence a chat user can act on. */
public final class ChartUnavailableException extends RuntimeException {
    ChartUnavailableException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
