import { Client } from 'pg';
import { progressBar } from '../lib/progress';

/** Department pairs bulk cases go to, in turn: two parallel tasks per case. */
const pairs = [
  ['DRC', 'NRP'],
  ['EEB', 'HCB'],
  ['AMR', 'EEB'],
  ['NRP', 'HCB'],
  ['DRC', 'AMR'],
];

const chunkSize = 20_000;
const connections = 2;

const item = (departmentCode: string) => ({
  code: `${departmentCode}-BULK`,
  version: 1,
  name: `Bulk item of ${departmentCode}`,
  departmentCode,
  promisedLimitDays: 10,
  steps: [
    { kind: 'ACCEPT', name: 'Accept' },
    { kind: 'REVIEW', name: 'Review' },
    { kind: 'SIGN', name: 'Sign' },
  ],
  meetingBeforeSign: false,
  materialTypeCodes: ['BUSINESS_LICENCE'],
});

/** `bbbbbbbb-000<kind>-4000-8000-<n>`: ids of bulk rows, distinct from every real one. */
const bulkId = (kind: number, n: string) =>
  `('bbbbbbbb-000${kind}-4000-8000-' || lpad(to_hex(${n}), 12, '0'))::uuid`;

const pairOf = (n: string, index: 0 | 1) =>
  `(array[${pairs.map((pair) => `'${pair[index]}'`).join(', ')}])[${n} % ${pairs.length} + 1]`;

/**
 * Statements that write bulk cases `from` to `to` (exclusive) as the joint approval leaves a
 * completed case: in approvals (case, two tasks, its submission on the timeline), in supervision
 * (the case and its tasks with closed clocks) and in each department's schema (its task).
 * Set-based `insert ... select` over `generate_series`: PostgreSQL builds the rows itself.
 */
function chunkStatements(from: number, to: number): string[] {
  const series = `generate_series(${from}, ${to - 1}) as s(n)`;
  const at = `(timestamptz '2025-01-01 02:00:00+00' + n * interval '20 seconds')`;
  const itemsOf = `(array[${pairs.map((pair) => `'${JSON.stringify(pair.map(item))}'`).join(', ')}])[n % ${pairs.length} + 1]::jsonb`;
  const departmentsOf = `(array[${pairs.map((pair) => `'{${pair.join(',')}}'`).join(', ')}])[n % ${pairs.length} + 1]::text[]`;
  const statements = [
    `insert into approvals."case" (id, reference, title, applicant_id, subject_kind, subject_code,
       subject_version, channel, submitted_by, idempotency_key, status, items, requirements,
       department_codes, time_limit_days, accepted_at, deadline_on, closed_at, created_at)
     select ${bulkId(0, 'n')}, 'OS-BULK-' || lpad(n::text, 8, '0'), 'Bulk case ' || n,
       '50e2c72a-81d3-42af-a59c-b3c9e16dd83f', 'BUNDLE', 'BULK', 1, 'ONLINE', 'bulk-loader',
       'bulk-' || n, 'COMPLETED', ${itemsOf}, '[]', ${departmentsOf}, 10, ${at},
       (${at})::date + 14, ${at} + interval '5 days', ${at}
     from ${series}`,
    `insert into approvals.timeline_entry (case_id, kind, at, by, summary)
     select ${bulkId(0, 'n')}, 'SUBMITTED', ${at}, 'bulk-loader', 'Submitted online.' from ${series}`,
    `insert into supervision.supervised_case (id, reference, applicant_id, subject_code, channel,
       status, department_codes, submitted_at, accepted_at, finished_at, opened_on, limit_days,
       deadline_on, closed_on, used_days, level)
     select ${bulkId(0, 'n')}, 'OS-BULK-' || lpad(n::text, 8, '0'),
       '50e2c72a-81d3-42af-a59c-b3c9e16dd83f', 'BULK', 'ONLINE', 'COMPLETED', ${departmentsOf},
       ${at}, ${at}, ${at} + interval '5 days', (${at})::date, 10, (${at})::date + 14,
       (${at})::date + 5, 4, 'GREEN'
     from ${series}`,
  ];
  for (const index of [0, 1] as const) {
    const department = pairOf('n', index);
    const taskId = bulkId(index + 1, 'n');
    statements.push(
      `insert into approvals.task (id, case_id, department_code, status, items,
         material_type_codes, limit_days, opened_at, deadline_on, closed_at)
       select ${taskId}, ${bulkId(0, 'n')}, ${department}, 'APPROVED', '[]',
         '{BUSINESS_LICENCE}', 10, ${at}, (${at})::date + 14, ${at} + interval '5 days'
       from ${series}`,
      `insert into supervision.supervised_task (id, case_id, department_code, item_codes, status,
         opened_at, accepted_at, reviewed_at, decided_at, opened_on, limit_days, deadline_on,
         closed_on, used_days, level)
       select ${taskId}, ${bulkId(0, 'n')}, ${department}, array[${department} || '-BULK'],
         'APPROVED', ${at}, ${at}, ${at}, ${at} + interval '5 days', (${at})::date, 10,
         (${at})::date + 14, (${at})::date + 5, 4, 'GREEN'
       from ${series}`,
    );
    for (const code of new Set(pairs.map((pair) => pair[index]))) {
      statements.push(
        `insert into department_${code.toLowerCase()}.department_task (id, case_id,
           case_reference, applicant_id, items, status, opened_at, deadline_on, accepted_at,
           reviewed_at, opinion, decided_at)
         select ${taskId}, ${bulkId(0, 'n')}, 'OS-BULK-' || lpad(n::text, 8, '0'),
           '50e2c72a-81d3-42af-a59c-b3c9e16dd83f', '[]', 'APPROVED', ${at},
           (${at})::date + 14, ${at}, ${at}, 'Complies.', ${at} + interval '5 days'
         from ${series} where ${department} = '${code}'`,
      );
    }
  }
  return statements;
}

/** Tables the loader fills; analyzed after each load so plans see their real sizes. */
const loadedTables = [
  'approvals."case"',
  'approvals.task',
  'approvals.timeline_entry',
  'supervision.supervised_case',
  'supervision.supervised_task',
  ...['drc', 'nrp', 'eeb', 'hcb', 'amr'].map((code) => `department_${code}.department_task`),
];

/**
 * Adds bulk cases numbered `from` to `to` (exclusive), in chunks of 20 thousand over two
 * connections, each chunk one transaction, with a progress bar.
 */
export async function bulkLoadCases(databaseUrl: string, from: number, to: number) {
  const started = Date.now();
  const bar = progressBar(`loading cases ${from.toLocaleString('en')}+`, to - from);
  const chunks: [number, number][] = [];
  for (let start = from; start < to; start += chunkSize) {
    chunks.push([start, Math.min(to, start + chunkSize)]);
  }
  let done = 0;
  const clients = await Promise.all(
    Array.from({ length: connections }, async () => {
      const client = new Client({ connectionString: databaseUrl });
      await client.connect();
      return client;
    }),
  );
  try {
    await Promise.all(
      clients.map(async (client) => {
        for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) {
          await client.query('begin');
          for (const sql of chunkStatements(...chunk)) await client.query(sql);
          await client.query('commit');
          done += chunk[1] - chunk[0];
          bar.update(done);
        }
      }),
    );
    await clients[0].query(`analyze ${loadedTables.join(', ')}`);
  } finally {
    bar.done();
    await Promise.all(clients.map((client) => client.end()));
  }
  return { cases: to - from, seconds: Math.round((Date.now() - started) / 100) / 10 };
}
