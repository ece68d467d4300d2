package dev.liveops.command;

import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import dev.liveops.command.PendingAction.ActionPlan;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a confirmed kill switch: each deployment's stop or liquidate once, at most
 * {@link ActionRules#killSwitchConcurrency()} at a time. Each deployment is marked EXECUTING in the store before its
 * request leaves, so a restart in the middle sends the ones still READY and judges the ones it finds EXECUTING by
 * what QuantConnect shows ({@link InterruptedSend}), never sending them again. Each deployment's end is audited
 * once, under the action's code, by whichever thread or process recorded it.
 */
final class KillSwitchRun {
    private static final Logger log = LoggerFactory.getLogger(KillSwitchRun.class);
    private static final String TOO_LATE = "Not sent: the LiveOps process that took this kill switch stopped before "
            + "sending it, and its confirmation has since expired.";
    private static final String SHUTTING_DOWN = "Not sent: LiveOps was shutting down before its turn came.";

    private final ActionSender sender;
    private final InterruptedSend interrupted;
    private final KillSwitchStore targets;
    private final AuditTrail audit;
    private final ActionRules rules;
    private final ActionObserver observer;
    private final Clock clock;

    KillSwitchRun(ActionSender sender, InterruptedSend interrupted, KillSwitchStore targets, AuditTrail audit,
                  ActionRules rules, ActionObserver observer, Clock clock) {
        this.observer = observer;
        this.clock = clock;
        this.sender = sender;
        this.interrupted = interrupted;
        this.targets = targets;
        this.audit = audit;
        this.rules = rules;
    }

    /**
     * Carries every deployment of the (EXECUTING) kill switch to an end and sums them up.
     *
     * @param sendUnsent false after a takeover too late to still speak for the requester: deployments not yet sent
     *                   are then recorded as not sent
     */
    ActionOutcome.KillSwitchSummary run(PendingAction action, boolean sendUnsent) {
        List<KillSwitchTarget> all = targets.targets(action.code());
        if (all.isEmpty()) {
            return new ActionOutcome.KillSwitchSummary(all);
        }
        int threads = Math.min(rules.killSwitchConcurrency(), all.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, named(action.code()));
        try {
            AtomicBoolean stopping = new AtomicBoolean();
            List<Future<KillSwitchTarget>> ends = new ArrayList<>();
            for (KillSwitchTarget target : all) {
                ends.add(pool.submit(() -> settle(action, target, sendUnsent, stopping)));
            }
            return new ActionOutcome.KillSwitchSummary(await(ends, stopping));
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Each deployment's end. Interrupted (LiveOps is shutting down), the deployments whose turn has not come are
     * not sent, and recorded so; those under way are waited for, since their requests may already be out.
     */
    private static List<KillSwitchTarget> await(List<Future<KillSwitchTarget>> ends, AtomicBoolean stopping) {
        List<KillSwitchTarget> ended = new ArrayList<>();
        boolean interrupted = false;
        for (int i = 0; i < ends.size(); i++) {
            try {
                ended.add(ends.get(i).get());
            } catch (InterruptedException shuttingDown) {
                interrupted = true;
                stopping.set(true);
                i--; // and wait for this one again
            } catch (ExecutionException impossible) {
                throw new IllegalStateException("settle never throws", impossible.getCause());
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return ended;
    }

    /** One deployment to its end; never throws. */
    private KillSwitchTarget settle(PendingAction action, KillSwitchTarget target, boolean sendUnsent,
                                    AtomicBoolean stopping) {
        PendingAction one = asAction(action, target);
        try (LogContext context = LogContext.nested()) {
            LogContext.add(LogContext.Key.ACTION_CODE, action.code());
            LogContext.add(LogContext.Key.PROJECT, target.projectName());
            LogContext.add(LogContext.Key.DEPLOY_ID, target.deployId());
            return switch (target.state()) {
                case READY -> !sendUnsent || stopping.get() ? end(action, target, ActionState.READY,
                        ActionState.FAILED, AuditStep.EXECUTION_FAILED, sendUnsent ? SHUTTING_DOWN : TOO_LATE)
                        : send(action, one, target);
                case EXECUTING -> {
                    InterruptedSend.Verdict verdict = interrupted.judge(one);
                    yield end(action, target, ActionState.EXECUTING, verdict.state(), verdict.step(),
                            verdict.result());
                }
                default -> target;
            };
        } catch (RuntimeException bug) {
            log.error("Kill switch {}: {} failed unexpectedly", action.code(), target.projectName(), bug);
            return current(action, target);
        }
    }

    private KillSwitchTarget send(PendingAction action, PendingAction one, KillSwitchTarget target) {
        if (!targets.transition(action.code(), target.projectId(), ActionState.READY, ActionState.EXECUTING, "")) {
            return current(action, target); // another thread or process has it
        }
        Instant sentAt = clock.instant();
        ActionOutcome outcome = sender.send(one);
        if (outcome.mayHaveTakenEffect() && !(outcome instanceof ActionOutcome.Accepted)) {
            watch(one, sentAt); // before the end is recorded, as for a single action
        }
        return end(action, target, ActionState.EXECUTING, outcome.state(), outcome.step(), outcome.result());
    }

    /** Records the end if it is still this one's to record, and audits it then only: one entry per deployment. */
    private KillSwitchTarget end(PendingAction action, KillSwitchTarget target, ActionState from, ActionState to,
                                 AuditStep step, String result) {
        if (!targets.transition(action.code(), target.projectId(), from, to, result)) {
            return current(action, target);
        }
        Caller actor = action.approver().orElse(action.requester());
        audit.record(actor, action.commandText(), action.kind().word(), target.projectId(), target.projectName(),
                step, result, action.code(), target.deployId());
        return target.ended(to, result);
    }

    /**
     * A deployment whose answer was lost is watched closely, so that its requester hears what became of it; one
     * QuantConnect accepted is not (the summary says so, and fifty follow-ups would bury it).
     */
    private void watch(PendingAction one, Instant sentAt) {
        try {
            observer.sent(new ExecutedAction(one.code() + "/" + one.projectId(), one.kind(), one.projectId(),
                    one.projectName(), one.plan().deployId(), one.requester(), one.approver(), sentAt, false));
        } catch (RuntimeException e) {
            log.error("Watching {} of kill switch {} could not start", one.projectName(), one.code(), e);
        }
    }

    private KillSwitchTarget current(PendingAction action, KillSwitchTarget target) {
        return targets.targets(action.code()).stream().filter(t -> t.projectId() == target.projectId())
                .findFirst().orElse(target);
    }

    /** One deployment as an action of its own: sent, checked and judged exactly as a single stop or liquidate. */
    private static PendingAction asAction(PendingAction action, KillSwitchTarget target) {
        return new PendingAction(action.code(), action.kind(), target.projectId(), target.projectName(),
                action.requester(), action.commandText(), ActionPlan.of(target.deployId()), action.needsApproval(),
                action.approver(), ActionState.EXECUTING, action.requestedAt(), action.expiresAt(), "");
    }

    private static ThreadFactory named(String code) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "kill-switch-" + code + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
