package dev.liveops.discord;

import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;

/** Discord's refusal to acknowledge an interaction twice: what a replayed or doubly delivered interaction meets. */
final class DeliveredAgain {
    private DeliveredAgain() {
    }

    static boolean is(Throwable failure) {
        return failure instanceof ErrorResponseException refused
                && refused.getErrorResponse() == ErrorResponse.INTERACTION_ALREADY_ACKNOWLEDGED;
    }
}
