package dev.liveops.command;

import dev.liveops.access.AuditStep;
import dev.liveops.reply.Reply;
import java.util.List;

/**
 * What became of sending a confirmed action. Each outcome decides, in one place, the state the action ends in, the
 * audit step that records it and the reply (worded by {@link ActionWording}); a new outcome must say all three.
 */
sealed interface ActionOutcome {
    ActionState state();

    AuditStep step();

    /** What the store and the audit keep: whole sentences. */
    String result();

    /** The answer to the confirm or approve that sent it, for the channel. */
    Reply reply(PendingAction action);

    /** Whether it may have reached QuantConnect, so that someone should watch what QuantConnect makes of it. */
    default boolean mayHaveTakenEffect() {
        return false;
    }

    /** QuantConnect accepted it. {@code deployId} is a deploy's new deployment, null for stop and liquidate. */
    record Accepted(String deployId, String readBack) implements ActionOutcome {
        public ActionState state() { return ActionState.DONE; }

        public AuditStep step() { return AuditStep.EXECUTED; }

        public String result() {
            return "Accepted by QuantConnect" + (deployId == null ? "" : " (deploy " + deployId + ")") + ".";
        }

        @Override
        public boolean mayHaveTakenEffect() { return true; }

        public Reply reply(PendingAction action) { return ActionWording.accepted(action, this); }
    }

    /** Sent, but the answer was lost: it may or may not have taken effect. */
    record Unknown(String reason, String readBack) implements ActionOutcome {
        public ActionState state() { return ActionState.OUTCOME_UNKNOWN; }

        public AuditStep step() { return AuditStep.OUTCOME_UNKNOWN; }

        public String result() { return reason + " " + readBack; }

        @Override
        public boolean mayHaveTakenEffect() { return true; }

        public Reply reply(PendingAction action) { return ActionWording.unknown(action, this); }
    }

    /** Checked again just before sending and found not to apply any more: nothing was sent. */
    record NotSent(String reason) implements ActionOutcome {
        public ActionState state() { return ActionState.FAILED; }

        public AuditStep step() { return AuditStep.EXECUTION_FAILED; }

        public String result() { return reason; }

        public Reply reply(PendingAction action) { return ActionWording.notSent(action, this); }
    }

    /** QuantConnect answered that it would not do it; {@code reason} is QuantConnect's own text. */
    record Refused(String reason) implements ActionOutcome {
        public ActionState state() { return ActionState.FAILED; }

        public AuditStep step() { return AuditStep.EXECUTION_FAILED; }

        public String result() { return "QuantConnect said: " + ActionWording.sentence(reason); }

        public Reply reply(PendingAction action) { return ActionWording.refused(action, this); }
    }

    /** LiveOps itself failed while sending; whether the request left is not known. */
    record Internal() implements ActionOutcome {
        public ActionState state() { return ActionState.OUTCOME_UNKNOWN; }

        public AuditStep step() { return AuditStep.OUTCOME_UNKNOWN; }

        public String result() {
            return "LiveOps failed inside while sending this, so whether QuantConnect received it is unknown.";
        }

        public Reply reply(PendingAction action) { return ActionWording.internal(action, this); }
    }

    /**
     * A kill switch sent each of its deployments once: done when every one was, unknown when any answer was lost,
     * otherwise failed; the counts and each failure's sentence are in the result and the reply.
     */
    record KillSwitchSummary(List<KillSwitchTarget> targets) implements ActionOutcome {
        public KillSwitchSummary {
            targets = List.copyOf(targets);
        }

        public ActionState state() {
            if (targets.stream().allMatch(t -> t.state() == ActionState.DONE)) {
                return ActionState.DONE;
            }
            return count(ActionState.DONE) + count(ActionState.FAILED) == targets.size() ? ActionState.FAILED
                    : ActionState.OUTCOME_UNKNOWN;
        }

        public AuditStep step() {
            return switch (state()) {
                case DONE -> AuditStep.EXECUTED;
                case FAILED -> AuditStep.EXECUTION_FAILED;
                default -> AuditStep.OUTCOME_UNKNOWN;
            };
        }

        public long count(ActionState state) {
            return targets.stream().filter(t -> t.state() == state).count();
        }

        /** Still being sent (only when the run was interrupted): neither done, failed nor known lost. */
        public long unfinished() {
            return targets.stream().filter(t -> t.state().isActive()).count();
        }

        public String result() {
            return KillSwitchWording.counts(this) + ".";
        }

        public Reply reply(PendingAction action) { return KillSwitchWording.summary(action, this); }
    }
}
