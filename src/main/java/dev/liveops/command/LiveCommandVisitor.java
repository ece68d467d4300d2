package dev.liveops.command;

/**
 * What acts on a {@link LiveCommand}: one method per command, so a new record cannot compile until every handler says
 * what it does. Deploy may wait for a compile, hence the interruption.
 */
public interface LiveCommandVisitor<R> {
    R list(LiveCommand.ListDeployments command);

    R read(LiveCommand.Read command);

    R portfolio(LiveCommand.ShowPortfolio command);

    R orders(LiveCommand.ShowOrders command);

    R logs(LiveCommand.ShowLogs command);

    R deploy(LiveCommand.Deploy command) throws InterruptedException;

    R stop(LiveCommand.Stop command) throws InterruptedException;

    R liquidate(LiveCommand.Liquidate command) throws InterruptedException;

    R subscribe(LiveCommand.Subscribe command);

    R unsubscribe(LiveCommand.Unsubscribe command);

    R subscriptions(LiveCommand.ShowSubscriptions command);

    R snooze(LiveCommand.Snooze command);

    R audit(LiveCommand.ShowAudit command);

    R whoami(LiveCommand.WhoAmI command);

    R help(LiveCommand.Help command);

    R confirm(LiveCommand.Confirm command);

    R cancel(LiveCommand.Cancel command);

    R approve(LiveCommand.Approve command);

    R stopAll(LiveCommand.StopAll command);

    R liquidateAll(LiveCommand.LiquidateAll command);

    R pnl(LiveCommand.ShowPnl command);

    R digest(LiveCommand.ManageDigest command);

    R insights(LiveCommand.ShowInsights command);

    R command(LiveCommand.SendCommand command) throws InterruptedException;

    R broadcast(LiveCommand.Broadcast command);

    R chart(LiveCommand.ShowChart command);
}
