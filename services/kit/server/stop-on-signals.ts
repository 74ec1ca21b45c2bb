/**
 * Stops the hub once on SIGINT (Ctrl-C) or SIGTERM, then exits. The hub's own stop drains in
 * order: the gateway stops taking requests and lets those in flight finish, the subgraphs then
 * finish theirs and stop their consumers, and the database goes last.
 *
 * Libraries register listeners of their own on these signals (the gateway runtime disposes
 * itself at once, aborting requests in flight, some of which have already committed). The
 * process that runs the hub owns its signals, so those listeners are removed here.
 */
export function stopOnSignals(stop: () => Promise<void>, log: (line: string) => void): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      log(`${signal} again: exiting without waiting.`);
      process.exit(1);
    }
    stopping = true;
    log(`${signal}: stopping OneStop (requests in flight finish first)...`);
    stop().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, onSignal);
  }
}
