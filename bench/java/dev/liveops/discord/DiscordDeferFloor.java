package dev.liveops.discord;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * The floor under Discord's deferral on this machine: a JDA with its defaults, on a fake Discord of its own, whose only
 * listener calls {@code deferReply().queue()} (no store, no command, no answer).
 */
public final class DiscordDeferFloor implements AutoCloseable {
    private final FakeDiscord fake;
    private final JDA jda;

    public DiscordDeferFloor() throws InterruptedException {
        fake = new FakeDiscord().guild(DiscordTestServer.GUILD, List.of(DiscordTestServer.VIEWER_ROLE),
                List.of(DiscordTestServer.CHANNEL)).start();
        CountDownLatch ready = new CountDownLatch(1);
        jda = JDABuilder.createLight("floor-token", EnumSet.noneOf(GatewayIntent.class))
                .setRestConfig(new RestConfig().setBaseUrl(fake.apiUrl()))
                .setCompression(Compression.NONE)
                .setSessionController(new ConcurrentSessionController() {
                    @Override
                    public String getGateway() {
                        return fake.gatewayUrl();
                    }
                })
                .addEventListeners(new ListenerAdapter() {
                    @Override
                    public void onReady(ReadyEvent event) {
                        ready.countDown();
                    }

                    @Override
                    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                        event.deferReply().queue();
                    }
                }).build();
        if (!ready.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the floor's JDA never became ready");
        }
    }

    public FakeDiscord fake() {
        return fake;
    }

    @Override
    public void close() {
        jda.shutdownNow();
        fake.close();
    }
}
