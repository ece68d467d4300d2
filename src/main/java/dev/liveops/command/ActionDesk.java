package dev.liveops.command;

import dev.liveops.reply.Reply;

import dev.liveops.text.TimeText;
import dev.liveops.access.AccessDecision;
import dev.liveops.access.AccessPolicy;
import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import dev.liveops.command.ActionPreviews.Preview;
import dev.liveops.reply.Reply.Audience;
import dev.liveops.reply.Reply.Button;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.quantconnect.OutcomeUnknownException;
import dev.liveops.quantconnect.QuantConnectClient;
import dev.liveops.quantconnect.QuantConnectException;
import dev.liveops.quantconnect.model.BrokerageSettings;
import dev.liveops.quantconnect.model.CreateLiveRequest;
import dev.liveops.quantconnect.model.CreatedDeployment;
import dev.liveops.quantconnect.model.LiveAlgorithm;
import dev.liveops.quantconnect.model.Project;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Destructive actions from request to result: preview, confirmation by the requester, approval by a second person
 * where the config asks for it, and execution exactly once. Every step is a compare-and-set in the
 * {@link PendingActionStore} and an entry in the audit trail.
 */
final class ActionDesk {
    private static final Logger log = LoggerFactory.getLogger(ActionDesk.class);
    /** How long after its expiry a confirmed action found unsent at start-up is still sent. */
    private static final Duration RECOVERY_GRACE = Duration.ofMinutes(2);

    private final QuantConnectClient quantConnect;
    private final ActionPreviews previews;
    private final PendingActionStore store;
    private final AuditTrail audit;
    private final AccessPolicy access;
    private final ActionRules rules;
    private final ActionObserver observer;
    private final Clock clock;
    private final ActionCodes codes = new ActionCodes();

    ActionDesk(QuantConnectClient quantConnect, ActionPreviews previews, PendingActionStore store, AuditTrail audit,
               AccessPolicy access, ActionRules rules, ActionObserver observer, Clock clock) {
        this.quantConnect = quantConnect;
        this.previews = previews;
        this.store = store;
        this.audit = audit;
        this.access = access;
        this.rules = rules;
        this.observer = observer;
        this.clock = clock;
    }

    Reply request(Caller caller, String text, LiveCommand.Destructive command, Project project)
            throws InterruptedException {
        Preview preview;
        if (command instanceof LiveCommand.Deploy deploy) {
            preview = previews.deploy(project, deploy.node(), deploy.brokerage());
        } else if (command instanceof LiveCommand.Liquidate) {
            preview = previews.liquidate(project);
        } else {
            preview = previews.stop(project);
        }
        if (preview instanceof Preview.Refused refused) {
            audit.record(caller, text, command.name().word(), project.projectId(), project.name(), AuditStep.FAILED,
                    refused.reply().text(), null, null);
            return refused.reply();
        }
        Preview.Ready ready = (Preview.Ready) preview;
        Instant now = clock.instant();
        PendingAction action = new PendingAction(codes.next(), command.name(), project.projectId(), project.name(),
                caller, text, ready.plan(), rules.needApproval().contains(command.name()), Optional.empty(),
                ActionState.AWAITING_CONFIRMATION, now, now.plus(rules.confirmationTtl()), "");
        Optional<PendingAction> blocking = store.createUnlessBusy(action, now);
        if (blocking.isPresent()) {
            PendingAction other = blocking.get();
            audit.record(caller, text, command.name().word(), project.projectId(), project.name(), AuditStep.REFUSED,
                    "busy with " + other.code(), null, null);
            return Reply.error(project.name() + " already has a " + other.kind().word() + " in progress ("
                    + other.code() + ", requested by " + other.requester().describe() + ", "
                    + describe(other.state()) + "); one destructive action per project at a time.");
        }
        audit.record(action, caller, text, AuditStep.REQUESTED, "awaiting confirmation", null);
        return ready.reply()
                .footer("Code " + action.code() + ". Only " + caller.displayName() + " can confirm, within "
                        + rules.confirmationTtl().toSeconds() + " s"
                        + (action.needsApproval() ? "; then a second person must approve" : "") + ".")
                .button("Confirm " + command.name().word(), "confirm " + action.code(), Button.Style.DANGER)
                .button("Cancel", "cancel " + action.code(), Button.Style.SECONDARY)
                .audience(Audience.CHANNEL)
                .build();
    }

    /** confirm, approve or cancel: each names its action by the code the preview showed. */
    Reply answer(Caller caller, String text, LiveCommand.Answer answer) {
        Optional<PendingAction> found = store.find(answer.code().trim().toUpperCase(Locale.ROOT));
        if (found.isEmpty()) {
            audit.record(caller, text, answer.name().word(), AuditStep.REFUSED, "unknown code");
            return Reply.error("There is no pending action with code " + CommandParser.printable(answer.code())
                    + "; the code is shown with each stop, liquidate or deploy request.");
        }
        return switch (answer.name()) {
            case CONFIRM -> confirm(caller, text, found.get());
            case APPROVE -> approve(caller, text, found.get());
            default -> cancel(caller, text, found.get());
        };
    }

    private Reply confirm(Caller caller, String text, PendingAction action) {
        if (!access.isSamePerson(caller, action.requester())) {
            audit.record(action, caller, text, AuditStep.REFUSED, "not the requester", null);
            return Reply.error("Only " + action.requester().describe() + " can confirm this " + action.kind().word()
                    + " of " + action.projectName() + ".");
        }
        Optional<Reply> closed = closedOrExpired(action, caller, text, ActionState.AWAITING_CONFIRMATION);
        if (closed.isPresent()) {
            return closed.get();
        }
        if (action.needsApproval()) {
            if (!store.awaitApproval(action.code(), clock.instant().plus(rules.approvalTtl()))) {
                return alreadyAnswered(action.code());
            }
            audit.record(action, caller, text, AuditStep.CONFIRMED, "awaiting approval", null);
            return Reply.builder(Severity.WARNING, "Waiting for approval: " + action.kind().word() + " "
                            + action.projectName())
                    .text("Confirmed by " + caller.describe() + ". A second person allowed to "
                            + action.kind().word() + " " + action.projectName() + " must approve it within "
                            + rules.approvalTtl().toMinutes() + " minutes.")
                    .button("Approve", "approve " + action.code(), Button.Style.DANGER)
                    .button("Cancel", "cancel " + action.code(), Button.Style.SECONDARY)
                    .footer("Code " + action.code())
                    .audience(Audience.CHANNEL)
                    .build();
        }
        if (!store.transition(action.code(), ActionState.AWAITING_CONFIRMATION, ActionState.READY, "")) {
            return alreadyAnswered(action.code());
        }
        audit.record(action, caller, text, AuditStep.CONFIRMED, "confirmed", null);
        return execute(action.code());
    }

    private Reply approve(Caller caller, String text, PendingAction action) {
        if (access.isSamePerson(caller, action.requester())) {
            audit.record(action, caller, text, AuditStep.REFUSED, "requester cannot approve", null);
            return Reply.error("You requested this " + action.kind().word() + "; a second person must approve it.");
        }
        AccessDecision decision = access.check(caller, action.kind().permission().orElseThrow(),
                action.projectName());
        if (decision instanceof AccessDecision.Denied denied) {
            audit.record(action, caller, text, AuditStep.DENIED, denied.reason(), null);
            return Reply.error("You cannot approve this: " + denied.reason());
        }
        if (action.state() == ActionState.AWAITING_CONFIRMATION && !action.isExpired(clock.instant())) {
            return Reply.error(action.requester().describe() + " has not confirmed this " + action.kind().word()
                    + " yet.");
        }
        Optional<Reply> closed = closedOrExpired(action, caller, text, ActionState.AWAITING_APPROVAL);
        if (closed.isPresent()) {
            return closed.get();
        }
        if (!store.approve(action.code(), caller)) {
            return alreadyAnswered(action.code());
        }
        audit.record(action, caller, text, AuditStep.APPROVED, "approved", null);
        return execute(action.code());
    }

    private Reply cancel(Caller caller, String text, PendingAction action) {
        boolean mayCancel = access.isSamePerson(caller, action.requester())
                || access.check(caller, action.kind().permission().orElseThrow(), action.projectName()).isAllowed();
        if (!mayCancel) {
            audit.record(action, caller, text, AuditStep.REFUSED, "may not cancel", null);
            return Reply.error("Only " + action.requester().describe() + " or someone allowed to "
                    + action.kind().word() + " " + action.projectName() + " can cancel this.");
        }
        for (ActionState from : List.of(ActionState.AWAITING_CONFIRMATION, ActionState.AWAITING_APPROVAL)) {
            if (store.transition(action.code(), from, ActionState.CANCELLED, "cancelled by " + caller.describe())) {
                audit.record(action, caller, text, AuditStep.CANCELLED, "cancelled", null);
                return Reply.builder(Severity.INFO, "Cancelled: " + action.kind().word() + " " + action.projectName())
                        .text("Cancelled by " + caller.describe() + "; nothing was sent to QuantConnect.")
                        .audience(Audience.CHANNEL).build();
            }
        }
        return alreadyAnswered(action.code());
    }

    /**
     * After a restart: actions confirmed but not yet sent are sent now (once); actions that were being sent when the
     * process died are marked outcome-unknown, never re-sent, and their status is read back.
     */
    List<RecoveredAction> recover() {
        List<RecoveredAction> replies = new ArrayList<>();
        for (PendingAction interrupted : store.inState(ActionState.EXECUTING)) {
            String status = readBack(interrupted);
            String result = "LiveOps stopped while sending this; it was not sent again. " + status;
            if (store.transition(interrupted.code(), ActionState.EXECUTING, ActionState.OUTCOME_UNKNOWN, result)) {
                audit.record(interrupted, interrupted.requester(), "(restart)", AuditStep.OUTCOME_UNKNOWN, result,
                        null);
                replies.add(new RecoveredAction(interrupted.requester(), Reply.builder(Severity.WARNING,
                        "Outcome unknown: " + interrupted.kind().word() + " " + interrupted.projectName()).text(result)
                        .footer("Code " + interrupted.code()).audience(Audience.CHANNEL).build()));
            }
        }
        for (PendingAction confirmed : store.inState(ActionState.READY)) {
            if (clock.instant().isAfter(confirmed.expiresAt().plus(RECOVERY_GRACE))) {
                // Markets moved on while LiveOps was down: an old confirmation no longer speaks for anyone.
                String result = "LiveOps was down until after this confirmation expired; nothing was sent.";
                if (store.transition(confirmed.code(), ActionState.READY, ActionState.EXPIRED, result)) {
                    audit.record(confirmed, confirmed.requester(), "(restart)", AuditStep.EXPIRED, result, null);
                    replies.add(new RecoveredAction(confirmed.requester(), Reply.builder(Severity.WARNING,
                            "Expired: " + confirmed.kind().word() + " " + confirmed.projectName()).text(result)
                            .footer("Code " + confirmed.code()).audience(Audience.CHANNEL).build()));
                }
                continue;
            }
            replies.add(new RecoveredAction(confirmed.requester(), execute(confirmed.code())));
        }
        return replies;
    }

    private Reply execute(String code) {
        if (!store.transition(code, ActionState.READY, ActionState.EXECUTING, "")) {
            return alreadyAnswered(code);
        }
        PendingAction action = store.find(code).orElseThrow();
        String who = "Requested by " + action.requester().describe()
                + action.approver().map(a -> ", approved by " + a.describe()).orElse("") + ".";
        try {
            String deployId = send(action);
            String result = action.kind().word() + " accepted by QuantConnect"
                    + (deployId == null ? "" : " (deploy " + deployId + ")");
            finish(code, ActionState.DONE, result);
            audit.record(action, action.approver().orElse(action.requester()), action.commandText(),
                    AuditStep.EXECUTED, result, deployId);
            observe(action, deployId == null ? action.plan().deployId() : deployId);
            return Reply.builder(Severity.SUCCESS, pastTense(action) + action.projectName())
                    .text("QuantConnect accepted the " + action.kind().word() + ". " + who + " " + readBack(action))
                    .footer("Code " + code + (deployId == null ? "" : "; deploy " + deployId))
                    .audience(Audience.CHANNEL)
                    .build();
        } catch (OutcomeUnknownException unknown) {
            String result = unknown.getMessage() + " " + readBack(action);
            finish(code, ActionState.OUTCOME_UNKNOWN, result);
            audit.record(action, action.approver().orElse(action.requester()), action.commandText(),
                    AuditStep.OUTCOME_UNKNOWN, result, null);
            observe(action, action.plan().deployId());
            return Reply.builder(Severity.WARNING, "Outcome unknown: " + action.kind().word() + " "
                    + action.projectName()).text(result + " " + who).footer("Code " + code).audience(Audience.CHANNEL).build();
        } catch (NotSent notSent) {
            finish(code, ActionState.FAILED, notSent.getMessage());
            audit.record(action, action.approver().orElse(action.requester()), action.commandText(),
                    AuditStep.EXECUTION_FAILED, notSent.getMessage(), null);
            return Reply.builder(Severity.WARNING, "Not sent: " + action.kind().word() + " " + action.projectName())
                    .text(notSent.getMessage() + " " + who).footer("Code " + code).audience(Audience.CHANNEL)
                    .build();
        } catch (QuantConnectException refused) {
            finish(code, ActionState.FAILED, refused.getMessage());
            audit.record(action, action.approver().orElse(action.requester()), action.commandText(),
                    AuditStep.EXECUTION_FAILED, refused.getMessage(), null);
            return Reply.builder(Severity.ERROR, "QuantConnect refused the " + action.kind().word() + " of "
                    + action.projectName()).text(refused.getMessage() + " " + who).footer("Code " + code)
                    .audience(Audience.CHANNEL).build();
        } catch (RuntimeException bug) {
            log.error("Executing {} failed unexpectedly", code, bug);
            finish(code, ActionState.OUTCOME_UNKNOWN, "internal error");
            audit.record(action, action.requester(), action.commandText(), AuditStep.OUTCOME_UNKNOWN,
                    "internal error", null);
            return Reply.error("LiveOps failed while sending the " + action.kind().word() + " of "
                    + action.projectName() + "; check its status with /live read " + action.projectName() + ".")
                    .withAudience(Audience.CHANNEL);
        }
    }

    private void observe(PendingAction action, String deployId) {
        try {
            observer.sent(new ExecutedAction(action.code(), action.kind(), action.projectId(), action.projectName(),
                    deployId, action.requester(), action.approver(), clock.instant()));
        } catch (RuntimeException e) {
            log.error("Watching the outcome of {} could not start", action.code(), e);
        }
    }

    /** Records the end state; a lost compare-and-set means another process took the action over, so say so. */
    private void finish(String code, ActionState state, String result) {
        if (!store.transition(code, ActionState.EXECUTING, state, result)) {
            log.warn("Action {} ended {} here, but another LiveOps process had already recorded its outcome: {}",
                    code, state, store.find(code).map(PendingAction::state).orElse(null));
        }
    }

    /** Sends the action; the deploy id for a deploy, null otherwise. */
    private String send(PendingAction action) {
        long projectId = action.projectId();
        return switch (action.kind()) {
            case STOP -> {
                stillAsPreviewed(action);
                quantConnect.live().stop(projectId);
                yield null;
            }
            case LIQUIDATE -> {
                stillAsPreviewed(action);
                quantConnect.live().liquidate(projectId);
                yield null;
            }
            case DEPLOY -> {
                BrokerageSettings brokerage = rules.brokerages().get(action.plan().brokerageProfile());
                if (brokerage == null) {
                    throw new NotSent("The brokerage profile " + action.plan().brokerageProfile()
                            + " is no longer in the config; nothing was sent.");
                }
                CreatedDeployment created = quantConnect.live().create(new CreateLiveRequest(projectId,
                        action.plan().compileId(), action.plan().nodeId(), brokerage));
                yield created.deployId();
            }
            default -> throw new IllegalStateException(action.kind() + " is not a destructive action");
        };
    }

    /** What was confirmed is what runs: a deployment that ended or was replaced since the preview is left alone. */
    private void stillAsPreviewed(PendingAction action) {
        LiveAlgorithm now;
        try {
            now = quantConnect.live().read(action.projectId());
        } catch (QuantConnectException unreadable) {
            throw new NotSent("The status of " + action.projectName() + " could not be checked before sending ("
                    + unreadable.getMessage() + "); nothing was sent.");
        }
        String previewed = action.plan().deployId();
        if (previewed != null && !previewed.equals(now.deployId())) {
            throw new NotSent(action.projectName() + " was redeployed since the preview (" + previewed + ", now "
                    + now.deployId() + "); nothing was sent. Request the " + action.kind().word() + " again.");
        }
        if (ActionPreviews.isOver(now)) {
            throw new NotSent(action.projectName() + " is already " + now.status().wireName() + "; nothing was sent.");
        }
    }

    /** An action checked again just before sending and found not to apply any more. */
    private static final class NotSent extends RuntimeException {
        NotSent(String message) {
            super(message, null, false, false);
        }
    }

    private String readBack(PendingAction action) {
        try {
            LiveAlgorithm now = quantConnect.live().read(action.projectId());
            return "QuantConnect now reports " + action.projectName() + " as " + now.status().wireName() + ".";
        } catch (QuantConnectException unreadable) {
            return "Its status could not be read back (" + unreadable.getMessage() + ").";
        }
    }

    private Optional<Reply> closedOrExpired(PendingAction action, Caller caller, String text, ActionState expected) {
        if (action.isExpired(clock.instant())) {
            if (store.transition(action.code(), action.state(), ActionState.EXPIRED, "expired")) {
                audit.record(action, caller, text, AuditStep.EXPIRED, "expired", null);
            }
            String what = action.state() == ActionState.AWAITING_APPROVAL ? "The approval window of this "
                    + action.kind().word() + " closed at " : "This " + action.kind().word() + " request expired at ";
            return Optional.of(Reply.error(what + TimeText.utc(action.expiresAt()) + "; nothing was sent. Run /live "
                    + action.kind().word() + " " + action.projectName() + " again.").withAudience(Audience.CHANNEL));
        }
        if (action.state() != expected) {
            return Optional.of(alreadyAnswered(action.code()));
        }
        return Optional.empty();
    }

    private Reply alreadyAnswered(String code) {
        PendingAction current = store.find(code).orElseThrow();
        return Reply.builder(Severity.INFO, current.kind().word() + " " + current.projectName() + ": "
                        + describe(current.state()))
                .text(current.result().isBlank() ? "This request is " + describe(current.state()) + "."
                        : current.result())
                .footer("Code " + code).audience(Audience.CALLER).build();
    }

    private static String pastTense(PendingAction action) {
        return switch (action.kind()) {
            case STOP -> "Stop sent: ";
            case LIQUIDATE -> "Liquidation sent: ";
            default -> "Deployment created: ";
        };
    }

    static String describe(ActionState state) {
        return switch (state) {
            case AWAITING_CONFIRMATION -> "awaiting confirmation";
            case AWAITING_APPROVAL -> "awaiting approval";
            case READY, EXECUTING -> "being sent";
            case DONE -> "done";
            case FAILED -> "refused by QuantConnect";
            case OUTCOME_UNKNOWN -> "sent, outcome unknown";
            case CANCELLED -> "cancelled";
            case EXPIRED -> "expired";
        };
    }
}
