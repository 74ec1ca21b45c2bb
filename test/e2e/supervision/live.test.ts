import { Role, type Identity } from '../../../services/kit';
import { at, events, newId, startSupervisionHub, type SupervisionHub } from './scenario';
import { subscribe } from './sse-client';

let hub: SupervisionHub & { restoreClock(): void };

beforeAll(async () => {
  hub = await startSupervisionHub();
});

afterAll(async () => {
  hub?.restoreClock();
  await hub?.stop();
});

const applicant = (subject: string): Identity => ({
  subject,
  name: subject,
  roles: [Role.APPLICANT],
  departmentCode: null,
  applicantId: newId(),
});
const ownApplicant = applicant('own-applicant');
const otherApplicant = applicant('other-applicant');
const applicantId = ownApplicant.applicantId!;

const statusChanges = /* GraphQL */ `
  subscription ($caseId: ID) {
    caseStatusChanged(caseId: $caseId) {
      caseId
      reference
      status
      eventPosition
    }
  }
`;
const warnings = /* GraphQL */ `
  subscription {
    warningRaised {
      caseId
      subjectKind
      level
      workingDaysLeft
    }
  }
`;

describe('live updates through the gateway', () => {
  it("delivers a case's status changes in order to its applicant and coordinators, and nothing to another applicant", async () => {
    const caseId = newId();
    const taskId = newId();
    await hub.publish(
      events.caseSubmitted({ caseId, applicantId, departments: ['DRC'], at: at('2026-03-02') }),
    );
    const url = hub.gatewayUrl;
    const own = await subscribe(url, await hub.tokenFor(ownApplicant), statusChanges, { caseId });
    const coordinator = await subscribe(url, await hub.tokenFor('coordinator'), statusChanges);
    const other = await subscribe(url, await hub.tokenFor(otherApplicant), statusChanges);
    const otherOnCase = await subscribe(url, await hub.tokenFor(otherApplicant), statusChanges, {
      caseId,
    });
    const coordinatorWarnings = await subscribe(url, await hub.tokenFor('coordinator'), warnings);
    const ownWarnings = await subscribe(url, await hub.tokenFor(ownApplicant), warnings);
    const otherWarnings = await subscribe(url, await hub.tokenFor(otherApplicant), warnings);
    // Let every stream reach the subgraph before anything happens.
    await new Promise((resolve) => setTimeout(resolve, 500));

    hub.clock.set(at('2026-03-02'));
    await hub.publish(
      events.caseAccepted({ caseId, applicantId, deadlineOn: '2026-03-04', at: at('2026-03-02') }),
      events.taskOpened({
        caseId,
        taskId,
        departmentCode: 'DRC',
        applicantId,
        openedAt: at('2026-03-02'),
        deadlineOn: '2026-03-04',
      }),
    );
    await hub.publish(
      events.caseFinished('withdrawn', { caseId, applicantId, at: at('2026-03-03') }),
    );

    const updates = await own.waitFor(2);
    expect(updates.map((u) => u.data.caseStatusChanged.status)).toEqual([
      'IN_PROGRESS',
      'WITHDRAWN',
    ]);
    const positions = updates.map((u) => BigInt(u.data.caseStatusChanged.eventPosition));
    expect(positions[0] < positions[1]).toBe(true);
    expect((await coordinator.waitFor(2)).map((u) => u.data.caseStatusChanged.status)).toEqual([
      'IN_PROGRESS',
      'WITHDRAWN',
    ]);
    // A 2-day limit with 2 days left at the threshold of 2: the case and its task turn yellow.
    expect((await coordinatorWarnings.waitFor(2)).map((w) => w.data.warningRaised.level)).toEqual([
      'YELLOW',
      'YELLOW',
    ]);
    expect(await ownWarnings.waitFor(2)).toHaveLength(2);

    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(other.received).toEqual([]);
    expect(otherWarnings.received).toEqual([]);
    expect(otherOnCase.received.map((r) => r.errors?.[0]?.extensions?.code)).toEqual([
      'NOT_YOUR_CASE',
    ]);
    for (const s of [
      own,
      coordinator,
      other,
      otherOnCase,
      coordinatorWarnings,
      ownWarnings,
      otherWarnings,
    ]) {
      s.close();
    }
  });

  it('refuses a subscription without a token', async () => {
    const response = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: statusChanges }),
    });
    const text = await response.text();
    expect(text).toContain('UNAUTHENTICATED');
  });
});
