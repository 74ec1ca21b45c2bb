import { AsyncLocalStorage } from 'node:async_hooks';
import { DefaultLogger, type LogContext, type LoggerNamespace } from '@mikro-orm/core';

/**
 * Counts every SQL statement any ORM in this process sends, so tests and benchmarks can show
 * that what a query costs does not grow with the lists it returns.
 */
let statements = 0;

/** Marks work no request pays for (event delivery in the background), so it is not counted. */
const uncounted = new AsyncLocalStorage<true>();
export const withoutCountingStatements = <T>(work: () => Promise<T>): Promise<T> =>
  uncounted.run(true, work);

export const sqlStatements = {
  count: () => statements,
  /** Runs `work` and returns how many statements it sent. */
  async during(work: () => Promise<unknown>): Promise<number> {
    const before = statements;
    await work();
    return statements - before;
  },
};

export class CountingLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext): void {
    if (context.level !== 'error' && !uncounted.getStore()) statements += 1;
    super.logQuery(context);
  }

  override isEnabled(namespace: LoggerNamespace, context?: LogContext): boolean {
    return process.env.ONESTOP_SQL_LOG === '1' && super.isEnabled(namespace, context);
  }
}
