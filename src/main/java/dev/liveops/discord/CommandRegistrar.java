package dev.liveops.discord;

import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts {@code /live} in place at start-up with a bulk overwrite, so registering again changes nothing and a
 * removed subcommand disappears. Per configured server (shown at once) or globally (Discord may take a while).
 */
final class CommandRegistrar {
    private static final Logger log = LoggerFactory.getLogger(CommandRegistrar.class);

    private CommandRegistrar() {
    }

    /** Fails only when /live ends up registered nowhere; one unusable server among several is logged. */
    static void register(JDA jda, List<String> guildIds, SlashCommandData command) {
        if (guildIds.isEmpty()) {
            try {
                jda.updateCommands().addCommands(command).complete();
            } catch (RuntimeException refused) {
                throw new DiscordStartException("Discord refused to register the /live command globally: "
                        + refused.getMessage() + ".");
            }
            log.info("Registered /live globally; Discord can take up to an hour to show it in every server");
            return;
        }
        String firstProblem = null;
        int registered = 0;
        for (String guildId : guildIds) {
            String problem = registerIn(jda, guildId, command);
            if (problem == null) {
                registered++;
            } else {
                log.error(problem);
                firstProblem = firstProblem == null ? problem : firstProblem;
            }
        }
        if (registered == 0) {
            throw new DiscordStartException(firstProblem);
        }
    }

    /** Null when registered, else the sentence saying why not. */
    private static String registerIn(JDA jda, String guildId, SlashCommandData command) {
        Guild guild = guildId.matches("\\d{1,20}") ? jda.getGuildById(guildId) : null;
        if (guild == null) {
            return "The bot is not in the Discord server " + guildId + " named in discord.guildIds; invite it with "
                    + "the bot and applications.commands scopes, or fix the id.";
        }
        try {
            guild.updateCommands().addCommands(command).complete();
        } catch (RuntimeException refused) {
            return "Discord refused to register /live in the server " + guildId + ": " + refused.getMessage() + ".";
        }
        log.info("Registered /live in Discord server {} ({})", guild.getName(), guildId);
        return null;
    }
}
