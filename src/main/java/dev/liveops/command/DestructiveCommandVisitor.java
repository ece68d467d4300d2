package dev.liveops.command;

/** One method per {@link LiveCommand.Destructive} command: where only deploy, stop and liquidate can arrive. */
public interface DestructiveCommandVisitor<R> {
    R deploy(LiveCommand.Deploy command) throws InterruptedException;

    R stop(LiveCommand.Stop command);

    R liquidate(LiveCommand.Liquidate command);
}
