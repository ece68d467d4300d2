package dev.liveops.discord;

import dev.liveops.access.Caller;
import dev.liveops.command.CommandGateway;
import dev.liveops.command.OnceOnlyCommands;
import dev.liveops.command.OnceOnlyCommands.Handover;
import dev.liveops.reply.Reply;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pressed LiveOps button runs its command as the presser: the core decides whether they may (someone else's
 * Confirm is refused there). A reply for the presser alone comes as an ephemeral follow-up and leaves the message as
 * it was; any other reply replaces the message, buttons included, which is how a settled confirmation loses its
 * buttons and how Previous/Next page a list in place.
 */
final class ButtonPressHandler {
    private static final Logger log = LoggerFactory.getLogger(ButtonPressHandler.class);

    private final CommandGateway gateway;
    private final DiscordRenderer renderer;
    private final OnceOnlyCommands commands;

    ButtonPressHandler(CommandGateway gateway, DiscordRenderer renderer, OnceOnlyCommands commands) {
        this.gateway = gateway;
        this.renderer = renderer;
        this.commands = commands;
    }

    void handle(ButtonInteractionEvent event, String command) {
        Caller presser = DiscordCallers.of(event);
        event.deferEdit().queue(hook -> take(event.getId(), hook, presser, command), failure -> {
            if (AlreadyAcknowledged.is(failure)) {
                // A replay, or JDA's retry of this deferral after its answer was lost: the ledger decides.
                log.info("Discord says button press {} was already acknowledged; it runs only if it was not taken "
                        + "before", event.getId());
                take(event.getId(), AlreadyAcknowledged.hook(event.getJDA(), event.getToken()), presser, command);
            } else {
                unanswered(event.getId(), failure);
            }
        });
    }

    private void take(String interactionId, InteractionHook hook, Caller presser, String command) {
        Handover handover = commands.hand(interactionId, () -> answer(interactionId, hook, presser, command));
        if (handover instanceof Handover.Refused refused) {
            hook.sendMessage(renderer.render(gateway.notRun(presser, command, refused.reason())))
                    .setEphemeral(true).queue(null, failure -> unanswered(interactionId, failure));
        }
    }

    private void answer(String interactionId, InteractionHook hook, Caller presser, String command) {
        Reply reply = gateway.handle(presser, command);
        try {
            if (reply.audience() == Reply.Audience.CALLER) {
                hook.sendMessage(renderer.render(reply)).setEphemeral(true).complete();
            } else {
                hook.editOriginal(renderer.renderEdit(reply)).complete();
            }
        } catch (RuntimeException failure) {
            unanswered(interactionId, failure);
        }
    }

    private static void unanswered(String interactionId, Throwable failure) {
        log.warn("Could not answer Discord button press {}: {}", interactionId, failure.getMessage());
    }
}
