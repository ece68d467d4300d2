package dev.liveops.command;

import dev.liveops.reply.Reply;

import dev.liveops.text.Count;
import dev.liveops.text.Money;
import dev.liveops.command.PendingAction.ActionPlan;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.quantconnect.QuantConnectClient;
import dev.liveops.quantconnect.model.BrokerageSettings;
import dev.liveops.quantconnect.model.Compile;
import dev.liveops.quantconnect.model.CompileState;
import dev.liveops.quantconnect.model.Holding;
import dev.liveops.quantconnect.model.LiveAlgorithm;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.quantconnect.model.Node;
import dev.liveops.quantconnect.model.Portfolio;
import dev.liveops.quantconnect.model.Project;
import dev.liveops.quantconnect.model.ProjectNodes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a stop, liquidate or deploy would do, read from QuantConnect before anyone confirms: the status and equity
 * to be stopped, the holdings to be closed, or the compile, node and brokerage profile to go live with.
 */
final class ActionPreviews {
    private static final int BUILD_LOG_LINES = 15;

    private final QuantConnectClient quantConnect;
    private final CompileWaiter compiler;
    private final ActionRules rules;

    ActionPreviews(QuantConnectClient quantConnect, CompileWaiter compiler, ActionRules rules) {
        this.quantConnect = quantConnect;
        this.compiler = compiler;
        this.rules = rules;
    }

    /** A preview to confirm, or the reason there is nothing to confirm. */
    sealed interface Preview {
        record Ready(Reply.Builder reply, ActionPlan plan) implements Preview {
        }

        record Refused(Reply reply) implements Preview {
        }
    }

    Preview stop(Project project) {
        LiveAlgorithm current = quantConnect.live().read(project.projectId());
        if (isOver(current)) {
            return refused(project.name() + (current.wasEverDeployed() ? " is not running ("
                    + current.status().wireName() + ")" : " has never been deployed live") + "; there is nothing to stop.");
        }
        return new Preview.Ready(Reply.builder(Severity.WARNING, "Stop " + project.name() + "?")
                .text("This stops the live algorithm; its holdings stay open.")
                .field("Status", current.status().wireName())
                .field("Deploy id", current.deployId())
                .field("Equity", Money.normalise(current.runtimeStatistics().getOrDefault("Equity", "-")))
                .field("Brokerage", current.brokerage()), ActionPlan.of(current.deployId()));
    }

    Preview liquidate(Project project) {
        LiveAlgorithm current = quantConnect.live().read(project.projectId());
        if (isOver(current)) {
            return refused(project.name() + (current.wasEverDeployed() ? " is not running ("
                    + current.status().wireName() + ")" : " has never been deployed live") + "; there is nothing to liquidate.");
        }
        Portfolio portfolio = quantConnect.live().portfolio(project.projectId());
        List<Holding> open = portfolio.openHoldings();
        Reply.Builder reply = Reply.builder(Severity.WARNING, "Liquidate " + project.name() + "?")
                .text(open.isEmpty() ? "No open holdings; liquidating only stops the algorithm."
                        : "This closes " + Count.of(open.size(), "holding") + " worth "
                        + Money.format(portfolio.holdingsValue(), portfolio.accountCurrencySymbol())
                        + " at market and stops the algorithm.")
                .field("Status", current.status().wireName())
                .field("Deploy id", current.deployId())
                .field("Equity", Money.normalise(current.runtimeStatistics().getOrDefault("Equity", "-")));
        if (!open.isEmpty()) {
            reply.table(new Reply.Table(List.of("Symbol", "Quantity", "Price", "Value", "Unrealized"),
                    open.stream().map(h -> List.of(h.ticker(), Money.quantity(h.quantity()), Money.format(h.price()),
                            Money.format(h.value()), Money.format(h.unrealized()))).toList(), ""));
        }
        return new Preview.Ready(reply, ActionPlan.of(current.deployId()));
    }

    Preview deploy(Project project, Optional<String> nodeWanted, Optional<String> profileWanted)
            throws InterruptedException {
        LiveAlgorithm current = quantConnect.live().read(project.projectId());
        if (!isOver(current)) {
            return refused(project.name() + " is already live (" + current.status().wireName() + ", deploy "
                    + current.deployId() + "); stop it before deploying again.");
        }
        Optional<String> profile = profileWanted.or(rules::defaultBrokerage);
        if (profile.isEmpty() || !rules.brokerages().containsKey(profile.get())) {
            return refused((profile.isEmpty() ? "Name a brokerage profile with --brokerage"
                    : "There is no brokerage profile '" + CommandParser.printable(profile.get()) + "'")
                    + "; the config defines: " + String.join(", ", rules.brokerages().keySet().stream().sorted()
                    .toList()) + ".");
        }
        BrokerageSettings brokerage = rules.brokerages().get(profile.get());
        ProjectNodes projectNodes = quantConnect.projects().nodes(project.projectId());
        List<Node> nodes = projectNodes.live();
        Optional<Node> node = nodeWanted.isPresent() ? named(nodes, nodeWanted.get())
                : projectNodes.firstFreeLiveNode();
        if (node.isEmpty()) {
            return refused(nodeWanted.map(name -> "There is no live node '" + CommandParser.printable(name) + "'.")
                    .orElse("Every live node is busy.") + " Live nodes: " + describe(nodes) + ".");
        }
        if (node.get().busy()) {
            return refused(busy(node.get()) + "; free live nodes: "
                    + describe(nodes.stream().filter(n -> !n.busy()).toList()) + ".");
        }
        Compile compile = compiler.compile(project.projectId());
        if (compile.state() == CompileState.BUILD_ERROR) {
            List<String> logs = compile.logs();
            return new Preview.Refused(Reply.builder(Severity.ERROR, project.name() + " does not compile")
                    .text(String.join("\n", logs.subList(Math.max(0, logs.size() - BUILD_LOG_LINES), logs.size())))
                    .footer("Compile " + compile.compileId()).build());
        }
        if (compile.state() != CompileState.BUILD_SUCCESS) {
            return refused("The compile of " + project.name() + " is still " + compile.state().wireName()
                    + " after 5 minutes; try again later.");
        }
        return new Preview.Ready(Reply.builder(Severity.WARNING, "Deploy " + project.name() + " live?")
                .text("This starts live trading with the brokerage profile below.")
                .field("Compile id", compile.compileId())
                .field("Node", node.get().name() + " (" + node.get().id() + ")")
                .field("Brokerage profile", profile.get() + " (" + brokerage.id() + ")")
                .field("Data providers", String.join(", ", brokerage.dataProviders())),
                new ActionPlan(compile.compileId(), node.get().id(), node.get().name(), profile.get(), null));
    }

    /**
     * Finished for good. A status LiveOps does not know yet counts as possibly live: an emergency stop must not be
     * refused because QuantConnect added a status name.
     */
    static boolean isOver(LiveAlgorithm current) {
        return isOver(current.status());
    }

    /** As {@link #isOver(LiveAlgorithm)}, for a status a list shows: what a kill switch leaves out. */
    static boolean isOver(LiveStatus status) {
        return status.phase() == LiveStatus.Phase.TERMINAL && status != LiveStatus.UNKNOWN;
    }

    private static Optional<Node> named(List<Node> nodes, String wanted) {
        String key = wanted.toLowerCase(Locale.ROOT);
        return nodes.stream().filter(n -> key.equals(lower(n.id())) || key.equals(lower(n.name()))).findFirst();
    }

    private static String describe(List<Node> nodes) {
        return nodes.isEmpty() ? "none" : String.join(", ", nodes.stream()
                .map(n -> n.name() + (n.busy() ? " (busy)" : "")).toList());
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }

    /** "Node 'L-MICRO' (LN-2) is in use by alice for Live/Momentum", leaving out whatever QuantConnect did not say. */
    private static String busy(Node node) {
        return "Node '" + node.name() + "' (" + node.id() + ") is in use"
                + (isBlank(node.usedBy()) ? "" : " by " + node.usedBy())
                + (isBlank(node.projectName()) ? "" : " for " + node.projectName());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static Preview refused(String sentence) {
        return new Preview.Refused(Reply.error(sentence));
    }

    /** The preview a destructive command shows before anyone confirms. */
    Preview of(LiveCommand.Destructive command, Project project) throws InterruptedException {
        return command.accept(new PreviewOf(project));
    }

    private final class PreviewOf implements DestructiveCommandVisitor<Preview> {
        private final Project project;

        PreviewOf(Project project) {
            this.project = project;
        }

        @Override
        public Preview deploy(LiveCommand.Deploy command) throws InterruptedException {
            return ActionPreviews.this.deploy(project, command.node(), command.brokerage());
        }

        @Override
        public Preview stop(LiveCommand.Stop command) {
            return ActionPreviews.this.stop(project);
        }

        @Override
        public Preview liquidate(LiveCommand.Liquidate command) {
            return ActionPreviews.this.liquidate(project);
        }
    }
}
