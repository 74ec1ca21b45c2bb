import { Logger, type LogLevel } from '@graphql-hive/logger';
import { JsonLineWriter } from './log-writer';
import { StartupError } from '../errors/startup-error';

const levels: LogLevel[] = ['trace', 'debug', 'info', 'warn', 'error'];

const wantedLevel = (env: NodeJS.ProcessEnv) => env.ONESTOP_LOG_LEVEL?.trim().toLowerCase();

/**
 * ONESTOP_LOG_LEVEL: trace, debug, info (default), warn or error; read at each line so a test or
 * an operator may change it. ONESTOP_GATEWAY_LOG=1, the older switch, means debug.
 */
export function logLevel(env: NodeJS.ProcessEnv = process.env): LogLevel {
  const wanted = wantedLevel(env);
  if (wanted && (levels as string[]).includes(wanted)) return wanted as LogLevel;
  return env.ONESTOP_GATEWAY_LOG === '1' ? 'debug' : 'info';
}

/** Refuses to start on a level the log would not understand (it would fall back to info). */
export function assertLogLevel(env: NodeJS.ProcessEnv = process.env): void {
  const wanted = wantedLevel(env);
  if (wanted && !(levels as string[]).includes(wanted)) {
    throw new StartupError(
      `ONESTOP_LOG_LEVEL must be one of ${levels.join(', ')}; it is "${env.ONESTOP_LOG_LEVEL}".`,
    );
  }
}

/**
 * The hub's log: JSON lines, each with its time, level, service and the request it was written
 * for. The gateway runtime and the subgraphs' servers write through it too.
 */
export const log = new Logger({
  level: () => logLevel(),
  writers: [new JsonLineWriter(() => logLevel())],
});

/** The log of one service (the gateway or a subgraph), naming it on every line. */
export const serviceLog = (service: string) => log.child({ service });
