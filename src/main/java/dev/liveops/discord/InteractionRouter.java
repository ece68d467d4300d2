package dev.liveops.discord;

import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;

/**
 * Sends LiveOps' interactions to their handlers and refuses direct messages unless the config allows them (there are
 * no server roles in a DM, so only users granted roles by id could do anything there). Runs on JDA's event thread,
 * so it only acknowledges and hands over; it never waits, not even for the store: an interaction delivered twice is
 * run once because Discord refuses a second acknowledgement and the slot records its id before running it (see
 * {@link dev.liveops.command.OnceOnlyCommands}).
 */
final class InteractionRouter extends ListenerAdapter {
    static final String DIRECT_MESSAGES_OFF = "LiveOps does not take commands in direct messages; use /live in a "
            + "server channel.";

    private final boolean allowDirectMessages;
    private final SlashCommandHandler slashCommands;
    private final ButtonPressHandler buttons;
    private final AutocompleteHandler autocomplete;

    InteractionRouter(boolean allowDirectMessages, SlashCommandHandler slashCommands,
                      ButtonPressHandler buttons, AutocompleteHandler autocomplete) {
        this.allowDirectMessages = allowDirectMessages;
        this.slashCommands = slashCommands;
        this.buttons = buttons;
        this.autocomplete = autocomplete;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        DiscordDeferStage.mark(DiscordDeferStage.Stage.HANDLER_ENTERED, event.getId());
        if (!event.getName().equals(DiscordCommands.NAME)) {
            return;
        }
        if (refusedHere(event)) {
            event.reply(DIRECT_MESSAGES_OFF).setEphemeral(true).queue(null, ignored -> {
            });
            return;
        }
        slashCommands.handle(event);
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        ButtonIds.command(event.getComponentId()).ifPresent(command -> {
            if (refusedHere(event)) {
                event.reply(DIRECT_MESSAGES_OFF).setEphemeral(true).queue(null, ignored -> {
                });
            } else {
                buttons.handle(event, command);
            }
        });
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (!event.getName().equals(DiscordCommands.NAME)) {
            return;
        }
        if (refusedHere(event)) {
            event.replyChoices().queue(null, ignored -> {
            });
            return;
        }
        autocomplete.handle(event);
    }

    private boolean refusedHere(Interaction interaction) {
        return !interaction.isFromGuild() && !allowDirectMessages;
    }
}
