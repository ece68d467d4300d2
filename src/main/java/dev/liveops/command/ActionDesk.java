package dev.liveops.command;

import dev.liveops.access.AccessDecision;
import dev.liveops.access.AccessPolicy;
import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import dev.liveops.command.ActionPreviews.Preview;
import dev.liveops.quantconnect.model.Project;
import dev.liveops.reply.Reply;
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
 * {@link PendingActionStore} and an entry in the audit trail; {@link ActionWording} words the replies.
 */
final class ActionDesk {
    private static final Logger log = LoggerFactory.getLogger(ActionDesk.class);
    /** How long after its expiry a confirmed action found unsent at start-up is still sent. */
    private static final Duration RECOVERY_GRACE = Duration.ofMinutes(2);

    private final ActionPreviews previews;
    private final ActionSender sender;
    private final InterruptedSend interrupted;
    /** This process, as the owner of the actions it confirms and sends. */
    private final String owner;
    private final PendingActionStore store;
    private final AuditTrail audit;
    private final AccessPolicy access;
    private final ActionRules rules;
    private final ActionObserver observer;
    private final CommandObserver commands;
    private final Clock clock;
    private final ActionCodes codes = new ActionCodes();
    private final KillSwitch killSwitch;

    ActionDesk(ActionPreviews previews, ActionSender sender, InterruptedSend interrupted, ProcessIdentity owner,
               PendingActionStore store, AuditTrail audit, AccessPolicy access, ActionRules rules,
               ActionObserver observer, CommandObserver commands, Clock clock, KillSwitch killSwitch) {
        this.killSwitch = killSwitch;
        this.commands = commands;
        this.previews = previews;
        this.sender = sender;
        this.interrupted = interrupted;
        this.owner = owner.id();
        this.store = store;
        this.audit = audit;
        this.access = access;
        this.rules = rules;
        this.observer = observer;
        this.clock = clock;
    }

    Reply request(Caller caller, String text, LiveCommand.Destructive command, Project project)
            throws InterruptedException {
        return open(caller, text, command.name(), project.projectId(), project.name(),
                previews.of(command, project));
    }

    /** Opens an action on what its preview showed (or audits the refusal); algorithm commands come in here. */
    Reply open(Caller caller, String text, CommandName kind, long projectId, String projectName, Preview preview) {
        if (preview instanceof Preview.Refused refused) {
            audit.record(caller, text, kind.word(), projectId, projectName, AuditStep.FAILED,
                    refused.reply().text(), null, null);
            return refused.reply();
        }
        Preview.Ready ready = (Preview.Ready) preview;
        Instant now = clock.instant();
        PendingAction action = new PendingAction(codes.next(), kind, projectId, projectName,
                caller, text, ready.plan(), rules.needApproval().contains(kind), Optional.empty(),
                ActionState.AWAITING_CONFIRMATION, now, now.plus(rules.confirmationTtl()), "");
        logAbout(action);
        Optional<PendingAction> blocking = store.createUnlessBusy(action, now);
        if (blocking.isPresent()) {
            audit.record(caller, text, kind.word(), projectId, projectName, AuditStep.REFUSED,
                    "busy with " + blocking.get().code(), null, null);
            return ActionWording.busy(projectName, blocking.get());
        }
        audit.record(action, caller, text, AuditStep.REQUESTED, "awaiting confirmation", null);
        return ActionWording.prompt(ready.reply(), action, rules.confirmationTtl());
    }

    /** confirm, approve or cancel: each names its action by the code the preview showed. */
    Reply answer(Caller caller, String text, LiveCommand.Answer answer) {
        Optional<PendingAction> found = store.find(answer.code().trim().toUpperCase(Locale.ROOT));
        if (found.isEmpty()) {
            audit.record(caller, text, answer.name().word(), AuditStep.REFUSED, "unknown code");
            return ActionWording.unknownCode(answer.code());
        }
        logAbout(found.get());
        return switch (answer.name()) {
            case CONFIRM -> confirm(caller, text, found.get());
            case APPROVE -> approve(caller, text, found.get());
            default -> cancel(caller, text, found.get());
        };
    }

    private Reply confirm(Caller caller, String text, PendingAction action) {
        if (!access.isSamePerson(caller, action.requester())) {
            audit.record(action, caller, text, AuditStep.REFUSED, "not the requester", null);
            return ActionWording.notTheRequester(action);
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
            return ActionWording.awaitingApproval(action, caller, rules.approvalTtl());
        }
        if (!store.claim(action.code(), ActionState.AWAITING_CONFIRMATION, ActionState.READY, owner)) {
            return alreadyAnswered(action.code());
        }
        audit.record(action, caller, text, AuditStep.CONFIRMED, "confirmed", null);
        return execute(action.code());
    }

    private Reply approve(Caller caller, String text, PendingAction action) {
        if (access.isSamePerson(caller, action.requester())) {
            audit.record(action, caller, text, AuditStep.REFUSED, "requester cannot approve", null);
            return ActionWording.selfApproval(action);
        }
        AccessDecision decision = mayAnswer(caller, action);
        if (decision instanceof AccessDecision.Denied denied) {
            audit.record(action, caller, text, AuditStep.DENIED, denied.reason(), null);
            return ActionWording.mayNotApprove(denied.reason());
        }
        if (action.state() == ActionState.AWAITING_CONFIRMATION && !action.isExpired(clock.instant())) {
            return ActionWording.notConfirmedYet(action);
        }
        Optional<Reply> closed = closedOrExpired(action, caller, text, ActionState.AWAITING_APPROVAL);
        if (closed.isPresent()) {
            return closed.get();
        }
        if (!store.approve(action.code(), caller, owner)) {
            return alreadyAnswered(action.code());
        }
        audit.record(action, caller, text, AuditStep.APPROVED, "approved", null);
        return execute(action.code());
    }

    private Reply cancel(Caller caller, String text, PendingAction action) {
        boolean mayCancel = access.isSamePerson(caller, action.requester())
                || mayAnswer(caller, action).isAllowed();
        if (!mayCancel) {
            audit.record(action, caller, text, AuditStep.REFUSED, "may not cancel", null);
            return ActionWording.mayNotCancel(action);
        }
        for (ActionState from : List.of(ActionState.AWAITING_CONFIRMATION, ActionState.AWAITING_APPROVAL)) {
            if (store.transition(action.code(), from, ActionState.CANCELLED, "cancelled by " + caller.describe())) {
                audit.record(action, caller, text, AuditStep.CANCELLED, "cancelled", null);
                return ActionWording.cancelled(action, caller);
            }
        }
        return alreadyAnswered(action.code());
    }

    /**
     * At start-up and then periodically: takes over the actions whose process is gone (never one a live process
     * owns). Those it was sending are judged by what QuantConnect shows and never re-sent; those confirmed but not
     * yet sent are sent now, once. Each ends with a message for its requester.
     */
    List<RecoveredAction> recover() {
        List<RecoveredAction> replies = new ArrayList<>();
        for (PendingAction orphan : store.takeOverOrphans(ActionState.EXECUTING, owner)) {
            if (orphan.isKillSwitch()) { // finished where it stopped: what it sent is judged, the rest sent once
                replies.add(new RecoveredAction(orphan.requester(), carryOut(orphan, !tooLate(orphan))));
                continue;
            }
            InterruptedSend.Verdict verdict = interrupted.judge(orphan);
            if (store.transition(orphan.code(), ActionState.EXECUTING, verdict.state(), verdict.result())) {
                audit.record(orphan, orphan.requester(), "(takeover)", verdict.step(), verdict.result(), null);
                replies.add(new RecoveredAction(orphan.requester(),
                        ActionWording.recovered(orphan, verdict.title(), verdict.result())));
            }
        }
        for (PendingAction confirmed : store.takeOverOrphans(ActionState.READY, owner)) {
            if (tooLate(confirmed)) {
                String result = "The LiveOps process that took this confirmation stopped before sending it, and the "
                        + "confirmation has since expired; nothing was sent.";
                if (store.transition(confirmed.code(), ActionState.READY, ActionState.EXPIRED, result)) {
                    audit.record(confirmed, confirmed.requester(), "(takeover)", AuditStep.EXPIRED, result, null);
                    replies.add(new RecoveredAction(confirmed.requester(),
                            ActionWording.recovered(confirmed, "Expired", result)));
                }
                continue;
            }
            replies.add(new RecoveredAction(confirmed.requester(), execute(confirmed.code())));
        }
        return replies;
    }

    /** Sends once: whatever the outcome, it is recorded, audited, watched where it may have acted, and worded. */
    private Reply execute(String code) {
        if (!store.claim(code, ActionState.READY, ActionState.EXECUTING, owner)) {
            return alreadyAnswered(code);
        }
        return carryOut(store.find(code).orElseThrow(), true);
    }

    /** Markets moved on while LiveOps was down: an old confirmation no longer speaks for anyone. */
    private boolean tooLate(PendingAction action) {
        return clock.instant().isAfter(action.expiresAt().plus(RECOVERY_GRACE));
    }

    /** Sends an action this process holds in EXECUTING, and records, audits and words whatever became of it. */
    private Reply carryOut(PendingAction action, boolean sendUnsent) {
        String code = action.code();
        // Also reached at start-up, with no command around it: the action's own ids go on its lines either way.
        try (LogContext context = LogContext.nested()) {
            logAbout(action);
            LogContext.add(LogContext.Key.COMMAND, action.kind().word());
            Instant sentAt = clock.instant();
            ActionOutcome outcome = action.isKillSwitch() ? killSwitch.run(action, sendUnsent) : sender.send(action);
            String newDeployId = outcome instanceof ActionOutcome.Accepted accepted ? accepted.deployId() : null;
            LogContext.add(LogContext.Key.DEPLOY_ID, newDeployId);
            // A command changes no deployment status, so there is nothing for a close watch to see.
            if (outcome.mayHaveTakenEffect() && action.plan().command() == null) {
                // Watched before the end state is recorded: a process dying in between leaves an action still
                // executing, which a takeover reports, and a watch that reports too; never neither.
                // A deploy is watched by its new deployment (none if its answer was lost); the others by the
                // previewed one.
                String watched = action.kind() == CommandName.DEPLOY ? newDeployId : action.plan().deployId();
                observe(action, watched, outcome instanceof ActionOutcome.Accepted, sentAt);
            }
            finish(code, outcome.state(), outcome.result());
            commands.actionEnded(action.kind(), outcome.state());
            audit.record(action, action.approver().orElse(action.requester()), action.commandText(), outcome.step(),
                    outcome.result(), newDeployId);
            return outcome.reply(action);
        }
    }

    private static void logAbout(PendingAction action) {
        LogContext.add(LogContext.Key.ACTION_CODE, action.code());
        LogContext.add(LogContext.Key.PROJECT, action.projectName());
        LogContext.add(LogContext.Key.DEPLOY_ID, action.plan().deployId());
    }

    private void observe(PendingAction action, String deployId, boolean accepted, Instant sentAt) {
        try {
            observer.sent(new ExecutedAction(action.code(), action.kind(), action.projectId(), action.projectName(),
                    deployId, action.requester(), action.approver(), sentAt, accepted));
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

    /** Approving or cancelling someone's action takes the permission it needs on its project (or on all of them). */
    private AccessDecision mayAnswer(Caller caller, PendingAction action) {
        if (action.isKillSwitch()) {
            return killSwitch.mayAnswer(caller, action);
        }
        return action.kind() == CommandName.BROADCAST ? access.mayBroadcast(caller, action.permission())
                : access.check(caller, action.permission(), action.projectName());
    }

    private Optional<Reply> closedOrExpired(PendingAction action, Caller caller, String text, ActionState expected) {
        if (action.isExpired(clock.instant())) {
            if (store.transition(action.code(), action.state(), ActionState.EXPIRED, "expired")) {
                audit.record(action, caller, text, AuditStep.EXPIRED, "expired", null);
            }
            return Optional.of(ActionWording.expired(action));
        }
        if (action.state() != expected) {
            return Optional.of(alreadyAnswered(action.code()));
        }
        return Optional.empty();
    }

    private Reply alreadyAnswered(String code) {
        return ActionWording.alreadyAnswered(store.find(code).orElseThrow());
    }
}
