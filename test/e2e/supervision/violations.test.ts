import { beforeEveryTransaction, type NewEvent } from '../../../services/kit';
import {
  at,
  events,
  newId,
  staffEvents,
  startSupervisionHub,
  type SupervisionHub,
} from './scenario';

let hub: SupervisionHub & { restoreClock(): void };

beforeAll(async () => {
  hub = await startSupervisionHub();
  hub.clock.set(at('2026-03-02'));
  await hub.publish(...staffEvents('DRC'), ...staffEvents('EEB'));
});

afterAll(async () => {
  hub?.restoreClock();
  await hub?.stop();
});

const applicantId = newId();

/** A case with one task at `department`, opened Monday 2026-03-02 with 5 working days. */
async function openTask(departmentCode = 'DRC') {
  const caseId = newId();
  const taskId = newId();
  await hub.publish(
    events.caseSubmitted({
      caseId,
      applicantId,
      departments: [departmentCode],
      at: at('2026-03-02'),
    }),
    events.caseAccepted({ caseId, applicantId, deadlineOn: '2026-03-09', at: at('2026-03-02') }),
    events.taskOpened({
      caseId,
      taskId,
      departmentCode,
      applicantId,
      openedAt: at('2026-03-02'),
      deadlineOn: '2026-03-09',
    }),
  );
  const step = (verb: Parameters<typeof events.step>[0], day: string, extra = {}) =>
    events.step(verb, { caseId, taskId, departmentCode, at: at(day), ...extra });
  return { caseId, taskId, step };
}

const reviewer = 'DRC-reviewer';
const chief = 'DRC-chief';

async function violationsOf(where: { caseId?: string; taskId?: string }) {
  const response = await hub.query(
    'supervisor',
    /* GraphQL */ `
      query ($caseId: String) {
        violations(caseId: $caseId, first: 100) {
          nodes {
            kind
            subjectKey
            caseId
            taskId
            departmentCode
            person
            evidence
            eventPosition
          }
        }
      }
    `,
    { caseId: where.caseId },
  );
  expect(response.errors).toBeUndefined();
  return response.data.violations.nodes as {
    kind: string;
    subjectKey: string;
    taskId: string | null;
    person: string | null;
    evidence: string;
  }[];
}

const kinds = (found: { kind: string }[]) => found.map((v) => v.kind).sort();

describe('violations', () => {
  it('finds none in a case handled by the rules', async () => {
    const { caseId, step } = await openTask();
    await hub.publish(
      step('accepted', '2026-03-03', { by: reviewer }),
      step('reviewed', '2026-03-04', { by: reviewer }),
      step('approved', '2026-03-05', { by: chief }),
    );
    expect(await violationsOf({ caseId })).toEqual([]);
  });

  it('records a late step once, with the working days as evidence', async () => {
    const { caseId, taskId, step } = await openTask();
    await hub.publish(step('accepted', '2026-03-03', { by: reviewer }));
    // 2026-03-10 is the 6th working day of a 5-day limit.
    await hub.publish(step('reviewed', '2026-03-10', { by: reviewer }));
    await hub.publish(step('reviewed', '2026-03-10', { by: reviewer }));
    const found = await violationsOf({ caseId });
    expect(kinds(found)).toEqual(['LATE_STEP']);
    expect(found[0]).toMatchObject({ subjectKey: `${taskId}:review`, person: reviewer });
    expect(JSON.parse(found[0].evidence).judgedAgainst).toMatchObject({
      workingDaysUsed: 6,
      limitDays: 5,
      deadlineOn: '2026-03-09',
    });
  });

  it('records a sign-off without review once', async () => {
    const { caseId, step } = await openTask();
    await hub.publish(
      step('accepted', '2026-03-03', { by: reviewer }),
      step('approved', '2026-03-04', { by: chief }),
    );
    expect(kinds(await violationsOf({ caseId }))).toEqual(['SIGN_WITHOUT_REVIEW']);
  });

  it('records an act by staff whose permit was revoked once', async () => {
    await hub.publish(
      {
        topic: 'center.staff.registered',
        key: 'DRC-revoked',
        payload: {
          subject: 'DRC-revoked',
          name: 'Revoked',
          departmentCode: 'DRC',
          sectionCode: null,
          duty: 'DEPARTMENT_REVIEWER',
        },
      },
      {
        topic: 'center.staff.permit-issued',
        key: 'DRC-revoked',
        payload: {
          number: 'P-REVOKED',
          subject: 'DRC-revoked',
          issuedOn: '2026-01-01',
          expiresOn: '2026-12-31',
        },
      },
      {
        topic: 'center.staff.permit-revoked',
        key: 'DRC-revoked',
        payload: {
          number: 'P-REVOKED',
          subject: 'DRC-revoked',
          revokedAt: at('2026-03-01'),
          reason: 'misconduct',
        },
      },
    );
    const { caseId, step } = await openTask();
    await hub.publish(step('accepted', '2026-03-03', { by: 'DRC-revoked' }));
    const found = await violationsOf({ caseId });
    expect(kinds(found)).toEqual(['ACT_WITHOUT_PERMIT']);
    expect(JSON.parse(found[0].evidence).judgedAgainst.permits[0].problem).toBe('REVOKED');
  });

  it('records a sign-off by someone other than the authorized chief representative once', async () => {
    const { caseId, step } = await openTask('EEB');
    await hub.publish(
      step('accepted', '2026-03-03', { by: 'EEB-reviewer' }),
      step('reviewed', '2026-03-04', { by: 'EEB-reviewer' }),
      // The EEB reviewer holds a valid permit but is no chief representative.
      step('approved', '2026-03-05', { by: 'EEB-reviewer' }),
    );
    expect(kinds(await violationsOf({ caseId }))).toEqual(['SIGN_BY_UNAUTHORIZED']);
  });

  it('records a fee outside the catalog once', async () => {
    await hub.publish(
      {
        topic: 'center.fee-entry.approved',
        key: 'FEE-OK',
        payload: { code: 'FEE-OK', name: 'ok', standard: '10', legalBasis: 'law' },
      },
      {
        topic: 'center.item.published',
        key: 'DRC-FEES',
        payload: {
          code: 'DRC-FEES',
          version: 2,
          name: 'An item charging fees',
          kind: 'LICENCE',
          departmentCode: 'DRC',
          sectionCode: 'DRC-S1',
          legalBasis: 'law',
          statutoryLimitDays: 20,
          promisedLimitDays: 10,
          steps: [],
          joint: false,
          meetingBeforeSign: false,
          materials: [],
          fees: [
            { code: 'FEE-OK', name: 'ok', standard: '10', legalBasis: 'law' },
            { code: 'FEE-INVENTED', name: 'invented', standard: '99', legalBasis: 'none' },
          ],
          publishedAt: at('2026-03-01'),
        },
      },
    );
    const all = await violationsOf({});
    const fees = all.filter((v) => v.kind === 'FEE_OUTSIDE_CATALOG');
    expect(fees.map((v) => v.subjectKey)).toEqual(['item:DRC-FEES@2:FEE-INVENTED']);
  });

  it('records a rejection without reasons once', async () => {
    const { caseId, step } = await openTask();
    await hub.publish(
      step('accepted', '2026-03-03', { by: reviewer }),
      step('rejected', '2026-03-04', { by: reviewer, reasons: ['  '] }),
    );
    expect(kinds(await violationsOf({ caseId }))).toEqual(['REJECTION_WITHOUT_REASONS']);
  });

  it('records a licence for a case the hub never handled once', async () => {
    const unknownCase = newId();
    const licence: NewEvent<'approvals.licence.issued'> = {
      topic: 'approvals.licence.issued',
      key: 'L-OFF-1',
      payload: {
        licenceId: newId(),
        serial: 'L-OFF-1',
        caseId: unknownCase,
        applicantId,
        departmentCode: 'DRC',
        materialTypeCode: 'LICENCE',
        issuedAt: at('2026-03-04'),
        validUntil: '2031-01-01',
        contentSha256: 'x',
      },
    };
    await hub.publish(licence);
    await hub.publish(licence);
    const found = (await violationsOf({})).filter((v) => v.kind === 'OFF_SYSTEM_HANDLING');
    expect(found.map((v) => v.subjectKey)).toEqual(['licence:L-OFF-1']);
  });

  it('detects each kind exactly once over the whole run, even when everything is delivered again', async () => {
    const count = async () =>
      (
        await hub.sql<{ kind: string; n: number }>(
          'select kind, count(*)::int as n from violation group by kind order by kind',
        )
      ).map((row) => `${row.kind}:${row.n}`);
    const before = await count();
    expect(before).toEqual([
      'ACT_WITHOUT_PERMIT:1',
      'FEE_OUTSIDE_CATALOG:1',
      'LATE_STEP:1',
      'OFF_SYSTEM_HANDLING:1',
      'REJECTION_WITHOUT_REASONS:1',
      'SIGN_BY_UNAUTHORIZED:1',
      'SIGN_WITHOUT_REVIEW:1',
    ]);
    await hub.sql(
      `update events.consumer set delivered = '${beforeEveryTransaction}', batch = null
        where name = 'supervision.events'`,
    );
    await hub.settleSupervision();
    expect(await count()).toEqual(before);
  });

  it('shows violations to coordinators and supervisors only', async () => {
    const response = await hub.query('departmentReviewer', '{ violations { totalCount } }');
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
