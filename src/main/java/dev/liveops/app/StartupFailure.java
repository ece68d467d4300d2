package dev.liveops.app;

/** LiveOps could not start for a reason its user can fix; the message is one sentence that says which. */
public final class StartupFailure extends RuntimeException {
    public StartupFailure(String sentence) {
        super(sentence);
    }

    public StartupFailure(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
