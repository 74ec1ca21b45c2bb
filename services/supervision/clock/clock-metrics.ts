import type { MikroORM } from '@mikro-orm/postgresql';
import { Gauge, type Registry } from 'prom-client';
import { log, sql, withoutCountingStatements } from '../../kit';

/**
 * Clock warnings for the supervision bureau's dashboards, read from the database at each scrape
 * so every replica reports the same: `onestop_clock_warnings_raised` (yellow and red cards ever
 * raised, by level and subject) and `onestop_open_clocks` (running clocks by level and subject).
 */
const levels = ['GREEN', 'YELLOW', 'RED'];
const subjectKinds = ['CASE', 'TASK'];

/** Every series from the first scrape, at zero until something counts. */
function zeroed(gauge: Gauge<'level' | 'subject_kind'>, levelsShown: string[]): void {
  gauge.reset();
  for (const level of levelsShown) {
    for (const kind of subjectKinds) gauge.set({ level, subject_kind: kind }, 0);
  }
}

export function registerClockMetrics(registry: Registry, orm: MikroORM): void {
  const read = async <T>(query: string) =>
    withoutCountingStatements(() => sql<T>(orm.em.fork(), query));

  new Gauge({
    name: 'onestop_clock_warnings_raised',
    help: 'Yellow and red clock warnings raised so far, by level and subject kind (CASE, TASK).',
    labelNames: ['level', 'subject_kind'],
    registers: [registry],
    async collect() {
      zeroed(this, levels.slice(1));
      try {
        const rows = await read<{ level: string; subject_kind: string; warnings: number }>(
          `select level, subject_kind, count(*)::int as warnings
             from clock_warning group by level, subject_kind`,
        );
        for (const row of rows) {
          this.set({ level: row.level, subject_kind: row.subject_kind }, row.warnings);
        }
      } catch (error) {
        log.warn({ error }, 'could not read clock warnings for metrics');
      }
    },
  });

  new Gauge({
    name: 'onestop_open_clocks',
    help: 'Running clocks (not closed) by warning level and subject kind (CASE, TASK).',
    labelNames: ['level', 'subject_kind'],
    registers: [registry],
    async collect() {
      zeroed(this, levels);
      try {
        const rows = await read<{ level: string; subject_kind: string; clocks: number }>(
          `select level, 'CASE' as subject_kind, count(*)::int as clocks
             from supervised_case where closed_on is null group by level
           union all
           select level, 'TASK', count(*)::int
             from supervised_task where closed_on is null group by level`,
        );
        for (const row of rows) {
          this.set({ level: row.level, subject_kind: row.subject_kind }, row.clocks);
        }
      } catch (error) {
        log.warn({ error }, 'could not read open clocks for metrics');
      }
    },
  });
}
