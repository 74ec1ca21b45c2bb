import { log, type SubgraphWorker } from '../../kit';
import { runClockCheck } from './clock-check';

const intervalMs = Number(process.env.SUPERVISION_CLOCK_CHECK_MS ?? 60_000);

/** Runs the level check on a timer in every replica; the check itself lets one through at a time. */
export const clockCheckWorker: SubgraphWorker = async (orm) => {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = runClockCheck(orm.em).catch((error) =>
      log.error({ error }, 'supervision clock check failed; will retry'),
    );
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
};
