/**
 * An embedded fake of the QuantConnect REST API v2 for tests, offline demos and as an independent check of the API
 * client's wire format (it speaks raw JSON and shares no code with {@code dev.liveops.quantconnect}).
 *
 * <p>Start with {@link dev.liveops.sandbox.QuantConnectSandbox}; the seeded organization is described
 * in {@link dev.liveops.sandbox.DemoOrganization}, failure injection in
 * {@link dev.liveops.sandbox.SandboxFaults}.
 *
 * <p><b>Time.</b> Everything follows the injected clock and is evaluated lazily per request, with no background
 * thread: a compile is InQueue for 2 s, then BuildSuccess (BuildError for Live/BrokenBuild); a deployment is InQueue
 * for 2 s, Initializing until 5 s, then Running, when it places its entry orders; prices are a smooth wave in clock
 * time, so equity moves whenever the clock does; a stopped deployment's portfolio stays valued at its stop instant.
 * Built with {@code tradeEvery}, running deployments also trade as the clock moves: market orders placed, then filled
 * in two parts (Submitted, PartiallyFilled, Filled) at the price model's prices ({@code TradingSchedule}).
 *
 * <p><b>Choices where the reference leaves one open.</b> live/read on a never-deployed project fails with
 * "No live deployment found for project ..."; launched/stopped and other API dates are "yyyy-MM-dd HH:mm:ss" UTC,
 * order times ISO-8601 (serialized LEAN orders); live/list returns the latest deployment of each project; logs
 * startLine/endLine index the rows of the requested deployment; live/orders/read "length" is the number of orders
 * returned; responses close the connection (see {@code SandboxHttpHandler}). live/commands/create and broadcast accept
 * any well-formed command (recorded, see {@code QuantConnectSandbox#commands()}); only a Running deployment receives
 * one: LiquidateCommand closes its holdings and it keeps running, a plain object shows in its logs as on_command
 * input. live/insights/read "length" is the total number of insights, generated every 30 minutes of running.
 *
 * <p><b>Not modelled.</b> Strategy logic beyond one entry rebalance per deployment; market hours, order books (limit
 * orders rest until canceled), slippage; partial fills other than the scheduled trades; non-USD cash and crypto
 * base-currency cash; files, backtests, optimizations, object store, OrderCommand and the other LEAN command classes
 * beyond a log line, notifications; automatic restarts; the
 * "loading" responses of orders/charts; rate limits; the 5-10 minute snapshot delay of logs/portfolio/orders
 * (the sandbox answers with current state).
 */
package dev.liveops.sandbox;
