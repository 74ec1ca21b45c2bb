/**
 * A reason the hub cannot start that the operator can fix, said in one line: the start script
 * prints only the message, without a stack trace.
 */
export class StartupError extends Error {
  override name = 'StartupError';
}
