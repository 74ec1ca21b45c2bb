import type { Clock } from '../../services/kit';

/**
 * The clock of a hub the test files of one jest worker share: the system's time until a test sets
 * it, then standing still (and moved by `set` or `advance`) until `reset` gives the system's time
 * back. The kit resets it whenever a test file takes the hub.
 */
export class TestClock implements Clock {
  private instant: Date | null = null;

  now(): Date {
    return this.instant ? new Date(this.instant) : new Date();
  }

  set(instant: Date | string): void {
    this.instant = new Date(instant);
  }

  advance(milliseconds: number): void {
    this.instant = new Date(this.now().getTime() + milliseconds);
  }

  reset(): void {
    this.instant = null;
  }
}
