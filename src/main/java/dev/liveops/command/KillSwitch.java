package dev.liveops.command;

import dev.liveops.access.AccessDecision;
import dev.liveops.access.AccessPolicy;
import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import dev.liveops.access.Permission;
import dev.liveops.command.PendingAction.ActionPlan;
import dev.liveops.reply.Reply;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * stop all and liquidate all: one {@link PendingAction} (on {@link PendingAction#KILL_SWITCH_PROJECT}, so one kill
 * switch at a time) with its deployments in the {@link KillSwitchStore}. Requested here; confirmed, approved,
 * cancelled and recovered by the {@link ActionDesk} like any action; sent by {@link KillSwitchRun}.
 */
final class KillSwitch {
    private final KillSwitchPreview previews;
    private final KillSwitchRun run;
    private final PendingActionStore actions;
    private final KillSwitchStore targets;
    private final AuditTrail audit;
    private final AccessPolicy access;
    private final ActionRules rules;
    private final Clock clock;
    private final ActionCodes codes = new ActionCodes();

    KillSwitch(KillSwitchPreview previews, KillSwitchRun run, PendingActionStore actions, KillSwitchStore targets,
               AuditTrail audit, AccessPolicy access, ActionRules rules, Clock clock) {
        this.previews = previews;
        this.run = run;
        this.actions = actions;
        this.targets = targets;
        this.audit = audit;
        this.access = access;
        this.rules = rules;
        this.clock = clock;
    }

    /** The preview and confirmation prompt, or one sentence saying why there is nothing to confirm. */
    Reply request(Caller caller, String text, LiveCommand.KillSwitch command) {
        String word = command.name().word();
        String scope = command.projects().map(glob -> "all deployments matching " + glob).orElse("all deployments");
        Permission permission = command.name().permission().orElseThrow();
        KillSwitchPreview.Plan plan = previews.preview(command, access.projectsVisible(caller, permission), scope);
        if (plan.targets().isEmpty()) {
            String none = KillSwitchWording.nothingToDo(command);
            audit.record(caller, text, word, AuditStep.FAILED, none);
            return Reply.error(none);
        }
        Instant now = clock.instant();
        PendingAction action = new PendingAction(codes.next(), command.name(), PendingAction.KILL_SWITCH_PROJECT,
                scope, caller, text, ActionPlan.of(null), rules.needApproval().contains(command.name()),
                Optional.empty(), ActionState.AWAITING_CONFIRMATION, now, now.plus(rules.confirmationTtl()), "");
        LogContext.add(LogContext.Key.ACTION_CODE, action.code());
        // Kept before the action exists: once it can be confirmed, what it acts on is already on record.
        targets.add(action.code(), plan.targets());
        Optional<PendingAction> blocking = actions.createUnlessBusy(action, now);
        if (blocking.isPresent()) {
            targets.discard(action.code());
            audit.record(caller, text, word, AuditStep.REFUSED, "busy with " + blocking.get().code());
            return KillSwitchWording.busy(blocking.get());
        }
        audit.record(action, caller, text, AuditStep.REQUESTED, "awaiting confirmation of "
                + plan.targets().size() + " deployments", null);
        return ActionWording.prompt(plan.reply(), action, rules.confirmationTtl());
    }

    /**
     * Whether someone may approve or cancel the kill switch: only someone allowed to {@code stop} (or liquidate)
     * every one of its deployments, since approving it acts on all of them.
     */
    AccessDecision mayAnswer(Caller caller, PendingAction action) {
        Permission permission = action.kind().permission().orElseThrow();
        AccessDecision overall = access.check(caller, permission);
        if (overall instanceof AccessDecision.Denied) {
            return overall;
        }
        for (KillSwitchTarget target : targets.targets(action.code())) {
            AccessDecision decision = access.check(caller, permission, target.projectName());
            if (decision instanceof AccessDecision.Denied) {
                return decision;
            }
        }
        return overall;
    }

    /** Sends what is left of a confirmed kill switch: see {@link KillSwitchRun#run}. */
    ActionOutcome.KillSwitchSummary run(PendingAction action, boolean sendUnsent) {
        return run.run(action, sendUnsent);
    }
}
