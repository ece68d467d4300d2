package dev.liveops.leader;

/**
 * A write refused because the process making it no longer writes under the current leadership epoch: another
 * process has taken over since, and nothing was written.
 */
public final class FencedWriteException extends IllegalStateException {
    public FencedWriteException(String message) {
        super(message);
    }
}
