package dev.liveops.slack;

/**
 * The Slack adapter cannot start: a token is missing or refused, Slack cannot be reached, the port is taken.
 * {@link #getMessage()} is one sentence for the operator, never containing a token, so it can be printed as is.
 */
public final class SlackStartupException extends RuntimeException {
    public SlackStartupException(String sentence) {
        super(sentence);
    }

    public SlackStartupException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
