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
        event.deferEdit().queue(hook -> {
            Handover handover = commands.hand(event.getId(), () -> answer(hook, presser, command));
            if (handover instanceof Handover.Refused refused) {
                hook.sendMessage(renderer.render(gateway.notRun(presser, command, refused.reason())))
                        .setEphemeral(true).queue(null, failure -> unanswered(event.getId(), failure));
            }
        }, failure -> unanswered(event.getId(), failure));
    }

    private void answer(InteractionHook hook, Caller presser, String command) {
        Reply reply = gateway.handle(presser, command);
        try {
            if (reply.audience() == Reply.Audience.CALLER) {
                hook.sendMessage(renderer.render(reply)).setEphemeral(true).complete();
            } else {
                hook.editOriginal(renderer.renderEdit(reply)).complete();
            }
        } catch (RuntimeException failure) {
            unanswered(hook.getInteraction().getId(), failure);
        }
    }

    private static void unanswered(String interactionId, Throwable failure) {
        if (DeliveredAgain.is(failure)) {
            log.info("Discord delivered button press {} again; it was acknowledged the first time and is not run "
                    + "again", interactionId);
            return;
        }
        log.warn("Could not answer Discord button press {}: {}", interactionId, failure.getMessage());
    }
}
