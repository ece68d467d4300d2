package dev.liveops.discord;

import dev.liveops.access.Caller;
import dev.liveops.command.CommandGateway;
import dev.liveops.command.OnceOnlyCommands;
import dev.liveops.command.OnceOnlyCommands.Handover;
import dev.liveops.command.CommandName;
import dev.liveops.reply.Reply;
import dev.liveops.discord.DiscordCommands.Subcommand;
import dev.liveops.discord.SlashCommandLine.Translation;
import java.util.Map;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /live <subcommand>}: acknowledged at once with a deferred reply (so a slow QuantConnect never makes Discord
 * say "the application did not respond"), run through the core off JDA's threads, answered by editing the deferral.
 * Past the configured limit of commands it is not run: audited, and the deferral says so in one sentence.
 */
final class SlashCommandHandler {
    private static final Logger log = LoggerFactory.getLogger(SlashCommandHandler.class);

    private final CommandGateway gateway;
    private final DiscordRenderer renderer;
    private final OnceOnlyCommands commands;
    private final boolean ephemeralReads;

    SlashCommandHandler(CommandGateway gateway, DiscordRenderer renderer, OnceOnlyCommands commands,
                        boolean ephemeralReads) {
        this.gateway = gateway;
        this.renderer = renderer;
        this.commands = commands;
        this.ephemeralReads = ephemeralReads;
    }

    void handle(SlashCommandInteractionEvent event) {
        Map<String, String> options = event.getOptions().stream()
                .collect(Collectors.toMap(OptionMapping::getName, OptionMapping::getAsString, (a, b) -> a));
        Translation translation = SlashCommandLine.translate(event.getSubcommandName(), options);
        if (translation instanceof Translation.Refused refused) {
            event.reply(refused.sentence()).setEphemeral(true).queue(null, failure -> unanswered(event, failure));
            return;
        }
        String line = ((Translation.Line) translation).text();
        // Ephemerality is fixed by the deferral, so it is made for the audience the core will most likely answer.
        boolean deferredPrivately = privately(Subcommand.fromWord(event.getSubcommandName()).map(Subcommand::core)
                .map(CommandName::audience).orElse(Reply.Audience.CHANNEL));
        Caller caller = DiscordCallers.of(event);
        // The command runs only once Discord took the acknowledgement: nothing happens that nobody will see.
        // The deferral does not wait for the store: the slot records the interaction id and runs only the first
        // delivery.
        event.deferReply(deferredPrivately).queue(hook -> take(event, hook, deferredPrivately, caller, line),
                failure -> {
                    if (AlreadyAcknowledged.is(failure)) {
                        // A replay, or JDA's retry of this deferral after its answer was lost: the ledger decides.
                        log.info("Discord says interaction {} (/live {}) was already acknowledged; it runs only if "
                                + "it was not taken before", event.getId(), event.getSubcommandName());
                        take(event, AlreadyAcknowledged.hook(event.getJDA(), event.getToken()), deferredPrivately,
                                caller, line);
                    } else {
                        unanswered(event, failure);
                    }
                });
        DiscordDeferStage.mark(DiscordDeferStage.Stage.DEFER_QUEUED, event.getId());
    }

    private void take(SlashCommandInteractionEvent event, InteractionHook hook, boolean deferredPrivately,
                      Caller caller, String line) {
        Handover handover = commands.hand(event.getId(), () -> {
            DiscordDeferStage.mark(DiscordDeferStage.Stage.DELIVERY_RECORDED, event.getId());
            answer(event.getId(), hook, deferredPrivately, caller, line);
        });
        if (handover instanceof Handover.Refused refused) {
            hook.editOriginal(renderer.renderEdit(gateway.notRun(caller, line, refused.reason())))
                    .queue(null, failure -> unanswered(event, failure));
        }
    }

    private void answer(String interactionId, InteractionHook hook, boolean deferredPrivately, Caller caller,
                        String line) {
        Reply reply = gateway.handle(caller, line);
        boolean wanted = privately(reply.audience());
        try {
            // A picture goes with the answer, after the deferral: the edit (or follow-up) carries it as a file.
            if (wanted == deferredPrivately) {
                PictureFallback.complete(reply, renderer::render,
                        message -> hook.editOriginal(MessageEditData.fromCreateData(message)));
            } else {
                // A deferral's visibility cannot change: replace it with a follow-up that has the right one, e.g.
                // a refused stop is told only to the person who asked.
                hook.deleteOriginal().complete();
                PictureFallback.complete(reply, renderer::render,
                        message -> hook.sendMessage(message).setEphemeral(wanted));
            }
        } catch (RuntimeException failure) {
            log.warn("Could not answer Discord interaction {} (/live {}): {}", interactionId,
                    line.split(" ", 2)[0], failure.getMessage());
        }
    }

    /** The core says who an answer is for; Discord only maps that: a READER answer is private if so configured. */
    private boolean privately(Reply.Audience audience) {
        return switch (audience) {
            case CALLER -> true;
            case READER -> ephemeralReads;
            case CHANNEL -> false;
        };
    }

    private static void unanswered(SlashCommandInteractionEvent event, Throwable failure) {
        if (AlreadyAcknowledged.is(failure)) {
            log.info("Discord says interaction {} (/live {}) was already acknowledged when this answer was sent",
                    event.getId(), event.getSubcommandName());
            return;
        }
        log.warn("Discord did not take the answer to interaction {} (/live {}): {}", event.getId(),
                event.getSubcommandName(), failure.getMessage());
    }
}
