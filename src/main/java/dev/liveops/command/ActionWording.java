package dev.liveops.command;

import dev.liveops.access.Caller;
import dev.liveops.reply.Reply;
import dev.liveops.reply.Reply.Audience;
import dev.liveops.reply.Reply.Button;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.text.Count;
import dev.liveops.text.TimeText;
import java.time.Duration;

/** Words for destructive actions: prompts, refusals, outcomes. The {@link ActionDesk} decides; this says it. */
final class ActionWording {
    private ActionWording() {
    }

    /** Outside text (QuantConnect's errors) ends as a sentence, so that the next one does not run into it. */
    static String sentence(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return "No reason was given.";
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        return last == '.' || last == '!' || last == '?' ? trimmed : trimmed + ".";
    }

    static Reply prompt(Reply.Builder preview, PendingAction action, Duration confirmationTtl) {
        String word = action.kind().word();
        return preview
                .footer("Code " + action.code() + ". Only " + action.requester().displayName() + " can confirm, within "
                        + confirmationTtl.toSeconds() + " s"
                        + (action.needsApproval() ? "; then a second person must approve" : "") + ".")
                .button("Confirm " + word, "confirm " + action.code(), Button.Style.DANGER)
                .button("Cancel", "cancel " + action.code(), Button.Style.SECONDARY)
                .audience(Audience.CHANNEL)
                .build();
    }

    static Reply busy(String projectName, PendingAction other) {
        return Reply.error(projectName + " already has a " + other.kind().word() + " in progress (" + other.code()
                + ", requested by " + other.requester().describe() + ", " + describe(other.state())
                + "); one destructive action per project at a time.");
    }

    static Reply unknownCode(String code) {
        return Reply.error("There is no pending action with code " + CommandParser.printable(code)
                + "; the code is shown with each stop, liquidate or deploy request.");
    }

    static Reply notTheRequester(PendingAction action) {
        return Reply.error("Only " + action.requester().describe() + " can confirm this " + action.kind().word()
                + " of " + action.projectName() + ".");
    }

    static Reply awaitingApproval(PendingAction action, Caller confirmedBy, Duration approvalTtl) {
        String word = action.kind().word();
        return Reply.builder(Severity.WARNING, "Waiting for approval: " + word + " " + action.projectName())
                .text("Confirmed by " + confirmedBy.describe() + ". A second person allowed to " + word + " "
                        + action.projectName() + " must approve it within " + Count.of(approvalTtl.toMinutes(), "minute") + ".")
                .button("Approve", "approve " + action.code(), Button.Style.DANGER)
                .button("Cancel", "cancel " + action.code(), Button.Style.SECONDARY)
                .footer("Code " + action.code())
                .audience(Audience.CHANNEL)
                .build();
    }

    static Reply selfApproval(PendingAction action) {
        return Reply.error("You requested this " + action.kind().word() + "; a second person must approve it.");
    }

    static Reply mayNotApprove(String reason) {
        return Reply.error("You cannot approve this: " + sentence(reason));
    }

    static Reply notConfirmedYet(PendingAction action) {
        return Reply.error(action.requester().describe() + " has not confirmed this " + action.kind().word()
                + " yet.");
    }

    static Reply mayNotCancel(PendingAction action) {
        return Reply.error("Only " + action.requester().describe() + " or someone allowed to " + action.kind().word()
                + " " + action.projectName() + " can cancel this.");
    }

    static Reply cancelled(PendingAction action, Caller by) {
        return Reply.builder(Severity.INFO, "Cancelled: " + action.kind().word() + " " + action.projectName())
                .text("Cancelled by " + by.describe() + "; nothing was sent to QuantConnect.")
                .audience(Audience.CHANNEL).build();
    }

    static Reply expired(PendingAction action) {
        String what = action.state() == ActionState.AWAITING_APPROVAL ? "The approval window of this "
                + action.kind().word() + " closed at " : "This " + action.kind().word() + " request expired at ";
        return Reply.error(what + TimeText.utc(action.expiresAt()) + "; nothing was sent. Run /live "
                + action.kind().word() + " " + action.projectName() + " again.").withAudience(Audience.CHANNEL);
    }

    static Reply alreadyAnswered(PendingAction current) {
        return Reply.builder(Severity.INFO, current.kind().word() + " " + current.projectName() + ": "
                        + describe(current.state()))
                .text(current.result().isBlank() ? "This request is " + describe(current.state()) + "."
                        : sentence(current.result()))
                .footer("Code " + current.code()).audience(Audience.CALLER).build();
    }

    /** After a restart: what LiveOps did with an action it found unfinished. */
    static Reply recovered(PendingAction action, String title, String result) {
        return Reply.builder(Severity.WARNING, title + ": " + action.kind().word() + " " + action.projectName())
                .text(result).footer("Code " + action.code()).audience(Audience.CHANNEL).build();
    }

    // The answer to a confirm or approve that sent the action: what QuantConnect made of it, and who asked.

    static Reply accepted(PendingAction action, ActionOutcome.Accepted accepted) {
        return Reply.builder(Severity.SUCCESS, pastTense(action) + action.projectName())
                .text("QuantConnect accepted the " + action.kind().word() + ". " + who(action) + " "
                        + accepted.readBack())
                .footer("Code " + action.code()
                        + (accepted.deployId() == null ? "" : "; deploy " + accepted.deployId()))
                .audience(Audience.CHANNEL).build();
    }

    static Reply unknown(PendingAction action, ActionOutcome.Unknown unknown) {
        return sent(action, Severity.WARNING, "Outcome unknown: " + titled(action), unknown.result());
    }

    static Reply notSent(PendingAction action, ActionOutcome.NotSent notSent) {
        return sent(action, Severity.WARNING, "Not sent: " + titled(action), notSent.result());
    }

    static Reply refused(PendingAction action, ActionOutcome.Refused refused) {
        return sent(action, Severity.ERROR, "QuantConnect refused the " + action.kind().word() + " of "
                + action.projectName(), refused.result());
    }

    static Reply internal(PendingAction action, ActionOutcome.Internal internal) {
        return sent(action, Severity.ERROR, "Failed inside LiveOps: " + titled(action), internal.result()
                + " Check its status with /live read " + action.projectName() + ".");
    }

    private static Reply sent(PendingAction action, Severity severity, String title, String text) {
        return Reply.builder(severity, title).text(text + " " + who(action)).footer("Code " + action.code())
                .audience(Audience.CHANNEL).build();
    }

    private static String titled(PendingAction action) {
        return action.kind().word() + " " + action.projectName();
    }

    private static String who(PendingAction action) {
        return "Requested by " + action.requester().describe()
                + action.approver().map(a -> ", approved by " + a.describe()).orElse("") + ".";
    }

    private static String pastTense(PendingAction action) {
        return switch (action.kind()) {
            case STOP -> "Stop sent: ";
            case LIQUIDATE -> "Liquidation sent: ";
            case COMMAND -> "Command sent: ";
            case BROADCAST -> "Broadcast sent: ";
            default -> "Deployment created: ";
        };
    }

    static String describe(ActionState state) {
        return switch (state) {
            case AWAITING_CONFIRMATION -> "awaiting confirmation";
            case AWAITING_APPROVAL -> "awaiting approval";
            case READY, EXECUTING -> "being sent";
            case DONE -> "done";
            case FAILED -> "not done";
            case OUTCOME_UNKNOWN -> "sent, outcome unknown";
            case CANCELLED -> "cancelled";
            case EXPIRED -> "expired";
        };
    }
}
