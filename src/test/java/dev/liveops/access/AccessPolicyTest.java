package dev.liveops.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Role x command x project scope -> allowed or denied, for every kind of identity. */
class AccessPolicyTest {
    private static final Caller VIEWER = discord("100", Set.of());
    private static final Caller TRADER = slack("U200", Set.of());
    private static final Caller ADMIN = discord("300", Set.of());
    private static final Caller CRYPTO_TRADER = discord("400", Set.of());
    private static final Caller BY_DISCORD_ROLE = discord("500", Set.of("role-traders"));
    private static final Caller BY_SLACK_GROUP = slack("U600", Set.of("S-ADMINS"));
    private static final Caller STRANGER = discord("999", Set.of("role-unmapped"));
    private static final Caller SAME_ID_OTHER_PLATFORM = slack("100", Set.of());

    private static final AccessPolicy POLICY = new AccessPolicy(
            RoleCatalog.withOverrides(List.of(new Role("crypto-trader", RoleCatalog.TRADER,
                    List.of(new ProjectGlob("Live/Crypto*"))))),
            new IdentityMap(
                    Map.of(Platform.DISCORD, Map.of("100", List.of("viewer"), "300", List.of("admin"),
                                    "400", List.of("crypto-trader")),
                            Platform.SLACK, Map.of("U200", List.of("trader"))),
                    Map.of(Platform.DISCORD, Map.of("role-traders", List.of("trader")),
                            Platform.SLACK, Map.of("S-ADMINS", List.of("admin")))));

    static Stream<Arguments> decisions() {
        return Stream.of(
                row(VIEWER, Permission.LIST, null, true),
                row(VIEWER, Permission.READ, "Live/Momentum", true),
                row(VIEWER, Permission.LOGS, "Live/Momentum", true),
                row(VIEWER, Permission.STOP, "Live/Momentum", false),
                row(VIEWER, Permission.LIQUIDATE, "Live/Momentum", false),
                row(VIEWER, Permission.DEPLOY, "Live/Momentum", false),
                row(VIEWER, Permission.SUBSCRIBE, null, false),
                row(VIEWER, Permission.AUDIT, null, false),
                row(TRADER, Permission.STOP, "Live/Momentum", true),
                row(TRADER, Permission.LIQUIDATE, "Live/Momentum", true),
                row(TRADER, Permission.DEPLOY, "Live/Momentum", false),
                row(TRADER, Permission.AUDIT, null, false),
                row(ADMIN, Permission.DEPLOY, "Live/Momentum", true),
                row(ADMIN, Permission.SUBSCRIBE, null, true),
                row(ADMIN, Permission.AUDIT, null, true),
                row(CRYPTO_TRADER, Permission.STOP, "Live/CryptoBasis", true),
                row(CRYPTO_TRADER, Permission.STOP, "live/cryptobasis", true),
                row(CRYPTO_TRADER, Permission.LIQUIDATE, "Live/Momentum", false),
                row(CRYPTO_TRADER, Permission.READ, "Live/Momentum", false),
                row(CRYPTO_TRADER, Permission.LIST, null, true),
                row(BY_DISCORD_ROLE, Permission.STOP, "Live/Momentum", true),
                row(BY_DISCORD_ROLE, Permission.DEPLOY, "Live/Momentum", false),
                row(BY_SLACK_GROUP, Permission.DEPLOY, "Live/Momentum", true),
                row(STRANGER, Permission.LIST, null, false),
                row(STRANGER, Permission.READ, "Live/Momentum", false),
                row(STRANGER, Permission.STOP, "Live/Momentum", false),
                row(STRANGER, Permission.HELP, null, true),
                row(STRANGER, Permission.WHOAMI, null, true),
                row(SAME_ID_OTHER_PLATFORM, Permission.LIST, null, false));
    }

    private static Arguments row(Caller caller, Permission permission, String project, boolean allowed) {
        return Arguments.of(caller.describe(), permission, project, allowed, caller);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @MethodSource("decisions")
    void decides(String who, Permission permission, String project, boolean allowed, Caller caller) {
        AccessDecision decision = project == null ? POLICY.check(caller, permission)
                : POLICY.check(caller, permission, project);

        assertThat(decision.isAllowed()).isEqualTo(allowed);
    }

    @Test
    void anUnknownUserIsToldExactlyWhatTheyCanDo() {
        assertThat(POLICY.check(STRANGER, Permission.LIST)).isEqualTo(new AccessDecision.Denied(
                "You have no LiveOps role, so you can only run /live help and /live whoami; ask an admin to map "
                        + "your Discord user id 999 (or one of your Discord roles) to a role in the config."));
    }

    @Test
    void aScopedRoleIsToldItsScope() {
        assertThat(POLICY.check(CRYPTO_TRADER, Permission.STOP, "Live/Momentum")).isEqualTo(new AccessDecision.Denied(
                "Your roles (crypto-trader) allow /live stop only on Live/Crypto*, not on Live/Momentum."));
    }

    @Test
    void listsAreFilteredToTheProjectsARoleCovers() {
        var visible = POLICY.projectsVisible(CRYPTO_TRADER, Permission.LIST);

        assertThat(visible.test("Live/CryptoBasis")).isTrue();
        assertThat(visible.test("Live/Momentum")).isFalse();
        assertThat(POLICY.projectsVisible(VIEWER, Permission.LIST).test("Live/Momentum")).isTrue();
    }

    @Test
    void aPersonTheConfigNamesIsCalledSoOnEveryPlatform() {
        AccessPolicy named = new AccessPolicy(RoleCatalog.defaults(), new IdentityMap(Map.of(), Map.of(),
                Map.of(Platform.SLACK, Map.of("U200", "Tess Tester"), Platform.DISCORD, Map.of("300", "Tess Tester"),
                        Platform.CONSOLE, Map.of("tess", "Tess Tester"))));

        assertThat(named.named(TRADER).describe()).isEqualTo("Tess Tester (slack:U200)");
        assertThat(named.named(ADMIN).describe()).isEqualTo("Tess Tester (discord:300)");
        assertThat(named.named(Caller.console("tess", "tess")).describe()).isEqualTo("Tess Tester (console:tess)");
        assertThat(named.named(VIEWER).describe()).isEqualTo("user100 (discord:100)");
        assertThat(named.named(TRADER).groupIds()).isEqualTo(TRADER.groupIds());
    }

    @Test
    void oneOperatingSystemUserIsOnePersonWhateverNameItShows() {
        assertThat(POLICY.isSamePerson(Caller.console("ops", "alice"), Caller.console("ops", "tess"))).isTrue();
        assertThat(POLICY.isSamePerson(Caller.console("alice", "alice"), Caller.console("tess", "alice"))).isFalse();
    }

    private static Caller discord(String id, Set<String> roles) {
        return new Caller(Platform.DISCORD, id, "user" + id, roles, "C1");
    }

    private static Caller slack(String id, Set<String> groups) {
        return new Caller(Platform.SLACK, id, "user" + id, groups, "C1");
    }
}
