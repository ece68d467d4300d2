package dev.liveops.command;

import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import dev.liveops.command.ActionPreviews.Preview;
import dev.liveops.command.PendingAction.ActionPlan;
import dev.liveops.project.ProjectDirectory;
import dev.liveops.quantconnect.OutcomeUnknownException;
import dev.liveops.quantconnect.QuantConnectClient;
import dev.liveops.quantconnect.QuantConnectException;
import dev.liveops.quantconnect.model.AlgorithmCommand;
import dev.liveops.quantconnect.model.LiveAlgorithm;
import dev.liveops.quantconnect.model.LiveDeployment;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.quantconnect.model.Project;
import dev.liveops.reply.Reply;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.text.Count;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code /live command} and {@code /live broadcast} once the command and the caller's access are checked: reads
 * where the deployment stands first (a command only reaches a Running algorithm), then sends an unconfirmed command
 * at once or hands a confirmed one, and every broadcast, to the {@link ActionDesk} as a previewed action.
 */
final class AlgorithmCommandDesk {
    /** The slot a broadcast holds in the one-action-per-project rule: one broadcast at a time; no project is -1. */
    static final long BROADCAST_SLOT = -1;
    static final String BROADCAST_TARGET = "every running deployment";
    private static final int PREVIEW_ROWS = 25;

    private final QuantConnectClient quantConnect;
    private final ProjectDirectory projects;
    private final ActionDesk actions;
    private final AuditTrail audit;

    AlgorithmCommandDesk(QuantConnectClient quantConnect, ProjectDirectory projects, ActionDesk actions,
                         AuditTrail audit) {
        this.quantConnect = quantConnect;
        this.projects = projects;
        this.actions = actions;
        this.audit = audit;
    }

    Reply command(Caller caller, String line, Project project, CommandCheck.Result.Valid command) {
        DeclaredCommand declared = command.declared();
        LiveAlgorithm current = quantConnect.live().read(project.projectId());
        if (!CommandDelivery.canReceive(current)) {
            Reply refused = Reply.error(CommandDelivery.notRunning(project.name(), current, declared.name()));
            audit.record(caller, line, CommandName.COMMAND.word(), project.projectId(), project.name(),
                    AuditStep.FAILED, refused.text(), null, current.deployId());
            return refused;
        }
        if (declared.confirm()) {
            Reply.Builder preview = Reply.builder(Severity.WARNING, "Send " + declared.name() + " to "
                            + project.name() + "?")
                    .text("This sends " + declared.target() + " to the running algorithm; it keeps running.")
                    .field("Command", declared.name() + " (" + declared.target() + ")")
                    .wideField("Payload", CommandCheck.shown(command.fields()))
                    .field("Status", current.status().wireName())
                    .field("Deploy id", current.deployId());
            ActionPlan plan = new ActionPlan(null, null, null, null, current.deployId(),
                    new CommandPlan(declared.name(), declared.permission(), command.fields(), null, 1));
            return actions.open(caller, line, CommandName.COMMAND, project.projectId(), project.name(),
                    new Preview.Ready(preview, plan));
        }
        return sendNow(caller, line, project, current, command);
    }

    /** An unconfirmed command: sent once, here, and audited with what QuantConnect answered. */
    private Reply sendNow(Caller caller, String line, Project project, LiveAlgorithm current,
                          CommandCheck.Result.Valid command) {
        String name = command.declared().name();
        Reply reply;
        AuditStep step;
        try {
            quantConnect.algorithms().command(project.projectId(), new AlgorithmCommand(command.fields()));
            step = AuditStep.EXECUTED;
            reply = Reply.builder(Severity.SUCCESS, "Command sent: " + name + " to " + project.name())
                    .text("QuantConnect accepted " + name + ". " + CommandDelivery.accepted(project.name(),
                            current.deployId(), current.status()))
                    .wideField("Payload", CommandCheck.shown(command.fields())).build();
        } catch (OutcomeUnknownException unknown) {
            step = AuditStep.OUTCOME_UNKNOWN;
            reply = Reply.builder(Severity.WARNING, "Outcome unknown: " + name + " to " + project.name())
                    .text(unknown.getMessage() + " Whether the algorithm received it is unknown; it was not sent "
                            + "again, and its logs may show it.").build();
        } catch (QuantConnectException refused) {
            step = AuditStep.EXECUTION_FAILED;
            reply = Reply.builder(Severity.ERROR, "QuantConnect refused " + name + " for " + project.name())
                    .text("QuantConnect said: " + ActionWording.sentence(refused.getMessage())).build();
        }
        audit.record(caller, line, CommandName.COMMAND.word(), project.projectId(), project.name(), step,
                reply.text(), null, current.deployId());
        return reply;
    }

    /** Previewed with the deployments it reaches, then confirmed (and approved where configured) like a stop. */
    Reply broadcast(Caller caller, String line, CommandCheck.Result.Valid command) {
        DeclaredCommand declared = command.declared();
        List<LiveDeployment> running = quantConnect.live().list(Optional.of(LiveStatus.RUNNING));
        List<String> organizations = projects.all(false).stream().map(Project::organizationId)
                .filter(Objects::nonNull).distinct().toList();
        Preview preview;
        if (running.isEmpty()) {
            preview = new Preview.Refused(Reply.error("No deployment of the organization is Running, so a broadcast "
                    + "would reach none; nothing was sent."));
        } else if (organizations.size() != 1) {
            preview = new Preview.Refused(Reply.error("LiveOps sees projects of " + Count.of(organizations.size(),
                    "organization") + " and cannot tell which to broadcast to; set quantconnect.organizationId in "
                    + "the config."));
        } else {
            List<List<String>> rows = running.stream().limit(PREVIEW_ROWS).map(d -> List.of(
                    projects.nameOf(d.projectId()).orElse(String.valueOf(d.projectId())), d.deployId(),
                    d.status().wireName())).toList();
            Reply.Builder reply = Reply.builder(Severity.WARNING, "Broadcast " + declared.name() + " to "
                            + Count.of(running.size(), "running deployment") + "?")
                    .text("This sends " + declared.target() + " to every running deployment of the organization; "
                            + "they keep running.")
                    .field("Command", declared.name() + " (" + declared.target() + ")")
                    .wideField("Payload", CommandCheck.shown(command.fields()))
                    .table(new Reply.Table(List.of("Project", "Deploy id", "Status"), rows,
                            running.size() > PREVIEW_ROWS ? "and " + (running.size() - PREVIEW_ROWS) + " more" : ""));
            preview = new Preview.Ready(reply, new ActionPlan(null, null, null, null, null,
                    new CommandPlan(declared.name(), declared.permission(), command.fields(), organizations.get(0),
                            running.size())));
        }
        return actions.open(caller, line, CommandName.BROADCAST, BROADCAST_SLOT, BROADCAST_TARGET, preview);
    }
}
