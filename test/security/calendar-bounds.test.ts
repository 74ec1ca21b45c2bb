import { center } from '../../services/center';
import { errorCodes } from '../kit/graphql-client';
import { startTestHub, type TestHub } from '../kit/hub';

// Attack: far-end dates once sent the working-day arithmetic past year 9999 into a loop that
// never ended, and a wide range cost seconds of CPU per alias.
let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ subgraphs: [center] });
});

afterAll(() => hub?.stop());

describe('calendar arguments', () => {
  it('refuses far-end dates at once with BAD_USER_INPUT', async () => {
    const result = await hub.query(
      null,
      `{ a: workingDaysBetween(from: "9999-12-30", to: "9999-12-31")
         b: workingDeadline(start: "9999-12-30", workingDays: 5) }`,
    );
    expect(result.data).toEqual({ a: null, b: null });
    expect(errorCodes(result)).toContain('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors)).toMatch(/2000-01-01 to 2100-12-31/);
  });

  it('refuses a deadline that would run past the last supported date', async () => {
    const result = await hub.query(
      null,
      `{ workingDeadline(start: "2100-12-20", workingDays: 30) }`,
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });

  it('answers the widest supported range, as many times as one request may ask', async () => {
    const aliases = Array.from(
      { length: 10 },
      (_, index) =>
        `d${index}: workingDaysBetween(from: "2000-01-01", to: "2100-12-31")
         w${index}: workingDeadline(start: "2000-01-01", workingDays: 1000)`,
    ).join('\n');
    const result = await hub.query(null, `{ ${aliases} }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.d0).toBeGreaterThan(26000);
    expect(result.data.d9).toBe(result.data.d0);
    expect(result.data.w0).toMatch(/^2003-/);
  });

  it('still answers ordinary questions', async () => {
    const result = await hub.query(
      null,
      `{ workingDaysBetween(from: "2026-03-06", to: "2026-03-13")
         workingDeadline(start: "2026-03-06", workingDays: 5) }`,
    );
    expect(result.data).toEqual({ workingDaysBetween: 5, workingDeadline: '2026-03-13' });
  });

  it('refuses what is not a calendar date with BAD_USER_INPUT before any work, in a variable or in the document', async () => {
    const asVariable = 'query ($day: Date!) { workingDeadline(start: $day, workingDays: 1) }';
    for (const day of ['2026-02-30', '2026-2-28', '2026-03-06T00:00:00Z', 'tomorrow', 20260306]) {
      const result = await hub.query(null, asVariable, { day });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0].message).toMatch(/YYYY-MM-DD/);
      expect(JSON.stringify(result)).not.toMatch(/stack|at .*\.js/);
    }
    const inDocument = await hub.query(
      null,
      '{ workingDaysBetween(from: "2026-02-30", to: "2026-03-13") }',
    );
    expect(errorCodes(inDocument)).toEqual(['BAD_USER_INPUT']);
    expect(inDocument.errors?.[0].message).toMatch(/YYYY-MM-DD/);
    const asString = await hub.query(
      null,
      'query ($day: String!) { workingDeadline(start: $day, workingDays: 1) }',
      { day: '2026-03-06' },
    );
    expect(errorCodes(asString)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});
