package dev.liveops.discord;

/**
 * The Discord bot could not start: a missing or refused token, an unreachable Discord, a registration Discord
 * refused. {@link #getMessage()} is one sentence for the user and never contains the token.
 */
public final class DiscordStartException extends RuntimeException {
    public DiscordStartException(String sentence) {
        super(sentence, null, false, false);
    }
}
