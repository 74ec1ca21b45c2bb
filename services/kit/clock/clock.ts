/**
 * Where the hub reads the current time. Code that judges time limits asks `clock.now()` instead
 * of `new Date()`, so a test can move time across weekends and holidays without waiting.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

let current: Clock = systemClock;

/** The clock in force for this process. */
export const clock: Clock = { now: () => current.now() };

/** Replaces the process clock (tests); returns a function that puts the previous one back. */
export function useClock(replacement: Clock): () => void {
  const previous = current;
  current = replacement;
  return () => {
    current = previous;
  };
}

/** A clock that stands still until told to move. */
export class ManualClock implements Clock {
  private instant: Date;

  constructor(start: Date | string) {
    this.instant = new Date(start);
  }

  now(): Date {
    return new Date(this.instant);
  }

  set(instant: Date | string): void {
    this.instant = new Date(instant);
  }

  advance(milliseconds: number): void {
    this.instant = new Date(this.instant.getTime() + milliseconds);
  }
}
