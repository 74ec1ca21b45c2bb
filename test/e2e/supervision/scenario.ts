import { randomUUID } from 'node:crypto';
import { handedOver, publishEvent, type CalendarDay, type NewEvent } from '../../../services/kit';
import type { HubEventMap, TaskStepPayload } from '../../../services/contracts';

type StepVerb =
  | 'accepted'
  | 'reviewed'
  | 'meeting-recorded'
  | 'supplement-requested'
  | 'resumed'
  | 'rejected'
  | 'approved';
import { ManualClock, useClock } from '../../../services/kit/clock/clock';
import { supervision } from '../../../services/supervision';
import { runClockCheck } from '../../../services/supervision/clock/clock-check';
import official2026 from '../../../services/center/seed/calendar-cn-2026.json';
import { startTestHub, type TestHub } from '../../kit/hub';

/** Instants at the service center: `at('2026-10-09')` is 10:00 that day in Beijing time. */
export const at = (day: string, time = '10:00') => `${day}T${time}:00+08:00`;

export const calendar2026: CalendarDay[] = [
  ...official2026.holidays.flatMap((holiday) =>
    holiday.dates.map((date) => ({ date, kind: 'HOLIDAY' as const, name: holiday.name })),
  ),
  ...official2026.makeUpWorkingDays.map((day) => ({
    date: day.date,
    kind: 'MAKE_UP_WORKING_DAY' as const,
    name: day.name,
  })),
];

export interface SupervisionHub extends TestHub {
  clock: ManualClock;
  /** Publishes events in one transaction, as their producers would, then delivers them. */
  publish(...events: NewEvent[]): Promise<void>;
  /** Moves the clock to 12:00 on `day` and runs the periodic level check. */
  checkOn(day: string): Promise<void>;
  sql<T = any>(query: string, params?: unknown[]): Promise<T[]>;
  /** Delivers every event in the log to supervision. */
  settleSupervision(): Promise<void>;
}

export async function startSupervisionHub(): Promise<SupervisionHub & { restoreClock(): void }> {
  const hub = await startTestHub({ subgraphs: [supervision] });
  const clock = new ManualClock(at('2026-09-28', '09:00'));
  const restoreClock = useClock(clock);
  const orm = hub.subgraph('supervision').orm;
  // A background poll's open transaction can hide fresh events from one settling round; wait
  // until supervision's consumer has passed every event in the log.
  const settleSupervision = async () => {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      await hub.settle();
      const [{ behind }] = await orm.em.getConnection().execute(
        `select count(*)::int as behind from events.event e, events.consumer c
          where c.name = 'supervision.events' and not ${handedOver}`,
      );
      if (behind === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('Supervision did not catch up with the event log.');
  };
  const supervisionHub = Object.assign(hub, {
    clock,
    restoreClock,
    settleSupervision,
    async publish(...events: NewEvent[]) {
      await orm.em.fork().transactional(async (tx) => {
        for (const event of events) await publishEvent(tx, event);
      });
      await settleSupervision();
    },
    async checkOn(day: string) {
      clock.set(at(day, '12:00'));
      await runClockCheck(orm.em);
      await settleSupervision();
    },
    sql<T = any>(query: string, params: unknown[] = []) {
      return orm.em.getConnection().execute<T[]>(query, params);
    },
  });
  await supervisionHub.publish({
    topic: 'center.calendar.changed',
    key: '2026',
    payload: { year: 2026, days: calendar2026 },
  });
  return supervisionHub;
}

/** The contract's events, with defaults for what a scenario does not care about. */
export const events = {
  caseSubmitted(p: {
    caseId: string;
    applicantId: string;
    departments: string[];
    at: string;
    reference?: string;
    channel?: 'ONLINE' | 'WINDOW';
    by?: string;
  }): NewEvent {
    return {
      topic: 'approvals.case.submitted',
      key: p.caseId,
      payload: {
        caseId: p.caseId,
        reference: p.reference ?? `OS-2026-${p.caseId.slice(0, 6)}`,
        applicantId: p.applicantId,
        subject: { kind: 'BUNDLE', code: 'OPEN-A-RESTAURANT' },
        items: p.departments.map((departmentCode) => ({
          code: `${departmentCode}-ITEM`,
          version: 1,
          departmentCode,
        })),
        requirements: [],
        channel: p.channel ?? 'ONLINE',
        by: p.by ?? 'demo-applicant',
        at: p.at,
      },
    };
  },
  caseAccepted(p: {
    caseId: string;
    applicantId: string;
    deadlineOn: string;
    at: string;
  }): NewEvent {
    return {
      topic: 'approvals.case.accepted',
      key: p.caseId,
      payload: { ...p, reference: `OS-2026-${p.caseId.slice(0, 6)}`, commitment: null },
    };
  },
  caseFinished(
    verb: 'completed' | 'rejected' | 'withdrawn' | 'returned',
    p: { caseId: string; applicantId: string; at: string },
  ): NewEvent {
    return {
      topic: `approvals.case.${verb}`,
      key: p.caseId,
      payload: {
        ...p,
        reference: `OS-2026-${p.caseId.slice(0, 6)}`,
        licenceSerials: [],
        reasons: ['reason'],
        notice: [],
        by: 'demo-applicant',
      },
    };
  },
  taskOpened(p: {
    caseId: string;
    taskId: string;
    departmentCode: string;
    applicantId: string;
    openedAt: string;
    deadlineOn: string;
  }): NewEvent {
    return {
      topic: 'approvals.task.opened',
      key: p.taskId,
      payload: {
        ...p,
        caseReference: `OS-2026-${p.caseId.slice(0, 6)}`,
        items: [
          {
            code: `${p.departmentCode}-ITEM`,
            version: 1,
            name: 'An item',
            steps: ['ACCEPT', 'REVIEW', 'SIGN'],
            meetingBeforeSign: false,
            promisedLimitDays: 5,
          },
        ],
        materialTypeCodes: [],
      },
    };
  },
  step<V extends StepVerb>(
    verb: V,
    p: {
      caseId: string;
      taskId: string;
      departmentCode: string;
      at: string;
      by?: string;
    } & Partial<HubEventMap[`department.task.${V}`]>,
  ): NewEvent {
    const task = p as TaskStepPayload;
    const fields: { [Verb in StepVerb]: object } = {
      accepted: {},
      reviewed: { opinion: 'fine' },
      'meeting-recorded': { heldOn: p.at.slice(0, 10), minutes: 'Minutes.' },
      'supplement-requested': { requests: [] },
      resumed: {},
      rejected: { reasons: ['The site plan is missing.'] },
      approved: {
        licence: {
          serial: `L-${task.taskId.slice(0, 8)}`,
          itemCode: `${task.departmentCode}-ITEM`,
          itemVersion: 1,
          materialTypeCode: 'LICENCE',
          issuedAt: task.at,
          validUntil: '2031-01-01',
          content: { text: 'licence' },
          contentSha256: 'x',
          signature: 'y',
          sealKeyId: 'z',
        },
      },
    };
    // A step given without `by` stands for an act whose actor the test does not judge.
    const payload = { ...fields[verb], ...p } as HubEventMap[`department.task.${V}`];
    return { topic: `department.task.${verb}`, key: task.taskId, payload } as NewEvent;
  },
  supplied(p: { caseId: string; taskId: string; departmentCode: string; at: string }): NewEvent {
    return {
      topic: 'approvals.supplement.supplied',
      key: p.taskId,
      payload: { ...p, materialTypeCodes: [], by: 'demo-applicant' },
    };
  },
};

/** Staff the center registered with valid permits, and a chief representative for an item. */
export function staffEvents(
  departmentCode: string,
  itemCode = `${departmentCode}-ITEM`,
): NewEvent[] {
  const person = (subject: string, duty: string): NewEvent[] => [
    {
      topic: 'center.staff.registered',
      key: subject,
      payload: { subject, name: subject, departmentCode, sectionCode: null, duty },
    },
    {
      topic: 'center.staff.permit-issued',
      key: subject,
      payload: { number: `P-${subject}`, subject, issuedOn: '2026-01-01', expiresOn: '2026-12-31' },
    },
  ];
  return [
    ...person(`${departmentCode}-reviewer`, 'DEPARTMENT_REVIEWER'),
    ...person(`${departmentCode}-chief`, 'CHIEF_REPRESENTATIVE'),
    {
      topic: 'center.chief-representative.authorized',
      key: `${departmentCode}-chief`,
      payload: {
        id: randomUUID(),
        subject: `${departmentCode}-chief`,
        departmentCode,
        scopeAll: false,
        itemCodes: [itemCode],
        validFrom: '2026-01-01',
        validTo: '2026-12-31',
        documentNumber: 'AUTH-1',
      },
    },
  ];
}

export { randomUUID as newId };
