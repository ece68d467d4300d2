package dev.liveops.command;

import dev.liveops.reply.Reply;
import dev.liveops.reply.Reply.Audience;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.text.Count;
import java.util.List;

/** Words for the kill switch: refusals and the one summary of what each deployment's send became. */
final class KillSwitchWording {
    private KillSwitchWording() {
    }

    static String nothingToDo(LiveCommand.KillSwitch command) {
        String word = command.name().word();
        return "No deployment that you may " + word + command.projects().map(glob -> " in projects matching " + glob)
                .orElse("") + " is running or starting; there is nothing to " + word + ".";
    }

    static Reply busy(PendingAction other) {
        return Reply.error("Another kill switch is under way (" + other.kind().word() + " " + other.projectName()
                + ", code " + other.code() + ", requested by " + other.requester().describe() + ", "
                + ActionWording.describe(other.state()) + "); one kill switch at a time.");
    }

    /** "45 done, 5 failed, 0 unknown of 50 deployments" */
    static String counts(ActionOutcome.KillSwitchSummary summary) {
        long unknown = summary.count(ActionState.OUTCOME_UNKNOWN);
        long unfinished = summary.unfinished();
        return summary.count(ActionState.DONE) + " done, " + summary.count(ActionState.FAILED) + " failed, "
                + unknown + " unknown" + (unfinished == 0 ? "" : ", " + unfinished + " still being sent") + " of "
                + Count.of(summary.targets().size(), "deployment");
    }

    static Reply summary(PendingAction action, ActionOutcome.KillSwitchSummary summary) {
        long done = summary.count(ActionState.DONE);
        long failed = summary.count(ActionState.FAILED);
        long unknown = summary.count(ActionState.OUTCOME_UNKNOWN) + summary.unfinished();
        String word = action.kind().word();
        String past = action.kind() == CommandName.LIQUIDATE ? "liquidated" : "stopped";
        Severity severity = done == summary.targets().size() ? Severity.SUCCESS
                : done == 0 ? Severity.ERROR : Severity.WARNING;
        StringBuilder text = new StringBuilder(done + " " + past + " and " + failed + " failed");
        text.append(unknown == 0 ? "." : "; for " + unknown + " the outcome is unknown (the answer was lost): check "
                + "them with /live read before acting again.");
        text.append(" Each deployment was sent its ").append(word).append(" once. Requested by ")
                .append(action.requester().describe())
                .append(action.approver().map(a -> ", approved by " + a.describe()).orElse("")).append('.');
        Reply.Builder reply = Reply.builder(severity, "Kill switch: " + word + " " + action.projectName())
                .text(text.toString())
                .field("Done", String.valueOf(done))
                .field("Failed", String.valueOf(failed))
                .field("Unknown", String.valueOf(unknown))
                .footer("Code " + action.code())
                .audience(Audience.CHANNEL);
        List<KillSwitchTarget> problems = summary.targets().stream()
                .filter(t -> t.state() != ActionState.DONE).toList();
        if (!problems.isEmpty()) {
            reply.table(new Reply.Table(List.of("Project", "Outcome", "Why"), problems.stream()
                    .map(t -> List.of(t.projectName(), ActionWording.describe(t.state()), t.result())).toList(),
                    "/live audit lists every deployment's outcome"));
        }
        return reply.build();
    }
}
