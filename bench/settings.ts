/** How long and how big each measure runs: quick for a smoke run, full for the report. */
export function benchSettings(full: boolean) {
  return full
    ? {
        mode: 'full' as const,
        seconds: 10,
        connections: [10, 50],
        throughput: { concurrency: 8, seconds: 60 },
        pgbench: { clients: 8, seconds: 15 },
        scale: { sizes: [10_000, 1_000_000], connections: 4, seconds: 10 },
      }
    : {
        mode: 'quick' as const,
        seconds: 3,
        connections: [10],
        throughput: { concurrency: 4, seconds: 10 },
        pgbench: { clients: 4, seconds: 5 },
        scale: { sizes: [1_000, 10_000], connections: 4, seconds: 3 },
      };
}

export type BenchSettings = ReturnType<typeof benchSettings>;
