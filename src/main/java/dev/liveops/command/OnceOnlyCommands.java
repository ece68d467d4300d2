package dev.liveops.command;

import dev.liveops.access.Platform;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each chat delivery's command at most once without making its acknowledgement wait for the store. The slot is
 * taken at once (in memory); the slot's thread then records the delivery in the ledger ({@link
 * CommandGateway#isFirstDelivery}) and runs the command only the first time, so a platform's retry, a replay or a
 * delivery another process took is still run once, on every process sharing the store. Only when the slots are
 * full is the ledger asked before the answer, so that a repeat is not audited as a refused command.
 */
public final class OnceOnlyCommands {
    private static final Logger log = LoggerFactory.getLogger(OnceOnlyCommands.class);

    private final CommandGateway gateway;
    private final CommandSlots slots;
    private final Platform platform;
    private final Executor start;

    /** What became of a delivery handed over. */
    public sealed interface Handover {
        /** In a slot: it runs unless the ledger says it is a repeat. */
        record Taken() implements Handover {
        }

        /** The slots were full and the ledger says it was taken before: acknowledge it, run nothing. */
        record Repeat() implements Handover {
        }

        /** The slots were full and it is new: not run; audit and answer {@code reason}, one sentence. */
        record Refused(String reason) implements Handover {
        }
    }

    public OnceOnlyCommands(CommandGateway gateway, CommandSlots slots, Platform platform) {
        this(gateway, slots, platform, Runnable::run);
    }

    /**
     * @param start starts a taken command's slot (see {@link CommandSlots#run(Runnable, Executor)}): e.g. once the
     *              acknowledgement being written on this thread has been written
     */
    public OnceOnlyCommands(CommandGateway gateway, CommandSlots slots, Platform platform, Executor start) {
        this.gateway = gateway;
        this.slots = slots;
        this.platform = platform;
        this.start = start;
    }

    /**
     * @param deliveryId the platform's id of this delivery (a Slack trigger id, a Discord interaction id); one that is
     *                   missing cannot be told from another and runs
     */
    public Handover hand(String deliveryId, Runnable command) {
        Optional<String> notRun = slots.run(() -> {
            if (isFirst(deliveryId)) {
                command.run();
            }
        }, start);
        if (notRun.isEmpty()) {
            return new Handover.Taken();
        }
        return isFirst(deliveryId) ? new Handover.Refused(notRun.get()) : new Handover.Repeat();
    }

    /**
     * A delivery the platform says it is sending again (Slack's retry number): the ledger is asked before the answer,
     * as a retry is rare and its acknowledgement must not say "working on it" for a command that will not run.
     */
    public Handover handAgain(String deliveryId, Runnable command) {
        if (!isFirst(deliveryId)) {
            return new Handover.Repeat();
        }
        Optional<String> notRun = slots.run(command, start);
        return notRun.isEmpty() ? new Handover.Taken() : new Handover.Refused(notRun.get());
    }

    private boolean isFirst(String deliveryId) {
        if (deliveryId == null || deliveryId.isBlank() || gateway.isFirstDelivery(platform, deliveryId)) {
            return true;
        }
        log.info("{} delivered {} again; it was taken the first time and is not run again", platform, deliveryId);
        return false;
    }
}
