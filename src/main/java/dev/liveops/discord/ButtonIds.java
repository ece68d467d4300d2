package dev.liveops.discord;

import java.util.Optional;
import net.dv8tion.jda.api.components.buttons.Button;

/**
 * A button's {@code custom_id} carries the /live command it runs ({@code live:confirm 7Q2X}), so a press needs no
 * state in the bot: it survives restarts, and the core decides whether the presser may run it.
 */
final class ButtonIds {
    static final String PREFIX = "live:";
    /** Discord's limit on {@code custom_id}. */
    static final int MAX_LENGTH = Button.ID_MAX_LENGTH;

    private ButtonIds() {
    }

    /** The custom id for a command; empty when it would not fit Discord's limit. */
    static Optional<String> forCommand(String command) {
        String id = PREFIX + command;
        return id.length() <= MAX_LENGTH && !command.isBlank() ? Optional.of(id) : Optional.empty();
    }

    /** The command a pressed button runs; empty for buttons that are not LiveOps'. */
    static Optional<String> command(String customId) {
        return customId != null && customId.startsWith(PREFIX) && customId.length() > PREFIX.length()
                ? Optional.of(customId.substring(PREFIX.length())) : Optional.empty();
    }
}
