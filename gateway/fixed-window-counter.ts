/** Counts events per key within the current window; memory stays bounded by the window's keys. */
export class FixedWindowCounter {
  private counts = new Map<string, number>();
  private windowEndsAt = 0;

  constructor(private readonly windowMs: number) {}

  private roll(): void {
    const now = Date.now();
    if (now >= this.windowEndsAt) {
      this.counts = new Map();
      this.windowEndsAt = now + this.windowMs;
    }
  }

  count(key: string): number {
    this.roll();
    return this.counts.get(key) ?? 0;
  }

  add(key: string): void {
    this.roll();
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
}
