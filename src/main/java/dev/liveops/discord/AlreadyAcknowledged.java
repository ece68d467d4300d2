package dev.liveops.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.ErrorResponse;

/**
 * Discord's refusal to acknowledge an interaction twice (40060). It proves only that Discord holds an acknowledgement:
 * a replay's first delivery made it, or this very delivery did and its answer was lost, so JDA's Requester sent the
 * acknowledgement again (it retries after a 5xx or a timeout). Only the delivery ledger can tell the two apart.
 */
final class AlreadyAcknowledged {
    private AlreadyAcknowledged() {
    }

    static boolean is(Throwable failure) {
        return failure instanceof ErrorResponseException refused
                && refused.getErrorResponse() == ErrorResponse.INTERACTION_ALREADY_ACKNOWLEDGED;
    }

    /**
     * A hook for an interaction Discord holds as acknowledged. The event's own hook cannot serve: JDA fails it, and
     * everything sent through it, when the acknowledgement request fails, even with 40060.
     */
    static InteractionHook hook(JDA jda, String token) {
        return InteractionHook.from(jda, token);
    }
}
