package dev.liveops.discord;

import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.interactions.Interaction;

/** Who is interacting, as the core needs it: user id, the name they show in the server, role ids, channel id. */
final class DiscordCallers {
    private DiscordCallers() {
    }

    static Caller of(Interaction interaction) {
        Member member = interaction.getMember();
        Set<String> roleIds = member == null ? Set.of()
                : member.getRoles().stream().map(ISnowflake::getId).collect(Collectors.toSet());
        String name = member != null ? member.getEffectiveName() : interaction.getUser().getEffectiveName();
        return new Caller(Platform.DISCORD, interaction.getUser().getId(), name, roleIds,
                interaction.getChannelId());
    }
}
