import { Role, type Identity } from '../../../services/kit';
import { errorCodes } from '../../kit/graphql-client';
import { at, events, newId, startSupervisionHub, type SupervisionHub } from './scenario';

let hub: SupervisionHub & { restoreClock(): void };

const applicant: Identity = {
  subject: 'rating-applicant',
  name: 'Applicant',
  roles: [Role.APPLICANT],
  departmentCode: null,
  applicantId: newId(),
};
const stranger: Identity = { ...applicant, subject: 'stranger', applicantId: newId() };
const eebReviewer: Identity = {
  subject: 'eeb-reviewer',
  name: 'EEB reviewer',
  roles: [Role.DEPARTMENT_REVIEWER],
  departmentCode: 'EEB',
  applicantId: null,
};
const applicantId = applicant.applicantId!;
const completed = newId();
const running = newId();
const rejected = newId();

beforeAll(async () => {
  hub = await startSupervisionHub();
  hub.clock.set(at('2026-03-10'));
  await hub.publish(
    events.caseSubmitted({
      caseId: completed,
      applicantId,
      departments: ['DRC', 'EEB'],
      at: at('2026-03-02'),
    }),
    events.caseAccepted({
      caseId: completed,
      applicantId,
      deadlineOn: '2026-03-09',
      at: at('2026-03-02'),
    }),
    events.caseFinished('completed', { caseId: completed, applicantId, at: at('2026-03-06') }),
    events.caseSubmitted({
      caseId: rejected,
      applicantId,
      departments: ['EEB'],
      at: at('2026-03-02'),
    }),
    events.caseAccepted({
      caseId: rejected,
      applicantId,
      deadlineOn: '2026-03-09',
      at: at('2026-03-02'),
    }),
    events.caseFinished('rejected', { caseId: rejected, applicantId, at: at('2026-03-05') }),
    events.caseSubmitted({
      caseId: running,
      applicantId,
      departments: ['DRC'],
      at: at('2026-03-02'),
    }),
  );
  // The EEB reviewer answers for the department only as staff the center registered and
  // certified: supervision learns that from the center's events.
  await hub.publish(
    {
      topic: 'center.staff.registered',
      key: eebReviewer.subject!,
      payload: {
        subject: eebReviewer.subject!,
        name: 'EEB reviewer',
        departmentCode: 'EEB',
        sectionCode: 'EEB-EIA',
        duty: Role.DEPARTMENT_REVIEWER,
      },
    },
    {
      topic: 'center.staff.permit-issued',
      key: eebReviewer.subject!,
      payload: {
        number: 'WP-EEB-REVIEWER',
        subject: eebReviewer.subject!,
        issuedOn: '2026-01-01',
        expiresOn: '2099-12-31',
      },
    },
  );
});

afterAll(async () => {
  hub?.restoreClock();
  await hub?.stop();
});

const rate = /* GraphQL */ `
  mutation ($input: RateCaseInput!) {
    rateCase(input: $input) {
      caseId
      score
      comment
    }
  }
`;
const closeFollowUp = /* GraphQL */ `
  mutation ($id: ID!, $response: String!) {
    closeFollowUp(id: $id, response: $response) {
      departmentCode
      response
      respondedBy
      closedAt
    }
  }
`;
const state = async () => ({
  ratings: await hub.sql('select case_id, score from service_rating order by case_id'),
  followUps: await hub.sql(
    'select department_code, response, closed_at from follow_up order by department_code',
  ),
});

describe('service ratings', () => {
  it('refuses what may not be rated, changing nothing', async () => {
    const before = await state();
    const tries: [Identity | 'coordinator', Record<string, unknown>, string][] = [
      [applicant, { caseId: running, score: 4 }, 'CASE_NOT_DECIDED'],
      [stranger, { caseId: completed, score: 4 }, 'NOT_YOUR_CASE'],
      [applicant, { caseId: completed, score: 6 }, 'BAD_USER_INPUT'],
      [applicant, { caseId: 'not-a-case', score: 3 }, 'BAD_USER_INPUT'],
      ['coordinator', { caseId: completed, score: 3 }, 'FORBIDDEN'],
    ];
    for (const [caller, input, code] of tries) {
      expect(errorCodes(await hub.query(caller, rate, { input }))).toEqual([code]);
    }
    expect(await state()).toEqual(before);
  });

  it('takes one rating per completed case; a bad one opens a follow-up per department', async () => {
    const rated = await hub.query(applicant, rate, {
      input: { caseId: completed, score: 2, comment: ' Slow and unclear. ' },
    });
    expect(rated.data.rateCase).toEqual({
      caseId: completed,
      score: 2,
      comment: 'Slow and unclear.',
    });
    const before = await state();
    expect(before.followUps.map((f: { department_code: string }) => f.department_code)).toEqual([
      'DRC',
      'EEB',
    ]);
    const again = await hub.query(applicant, rate, { input: { caseId: completed, score: 5 } });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(await state()).toEqual(before);
    const [announced] = await hub.sql(
      `select payload from events.event where topic = 'supervision.case.rated'`,
    );
    expect(announced.payload).toMatchObject({ caseId: completed, applicantId, score: 2 });
  });

  it('lets only the department close its follow-up, once, with a response', async () => {
    const list = await hub.query(
      eebReviewer,
      '{ followUps(open: true) { totalCount nodes { id departmentCode } } }',
    );
    expect(
      list.data.followUps.nodes.map((f: { departmentCode: string }) => f.departmentCode),
    ).toEqual(['EEB']);
    const eeb = list.data.followUps.nodes[0].id;
    const [drc] = await hub.sql(`select id from follow_up where department_code = 'DRC'`);
    const before = await state();
    expect(
      errorCodes(await hub.query(eebReviewer, closeFollowUp, { id: drc.id, response: 'x' })),
    ).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(await hub.query(eebReviewer, closeFollowUp, { id: eeb, response: '  ' })),
    ).toEqual(['BAD_USER_INPUT']);
    expect(await state()).toEqual(before);
    const closed = await hub.query(eebReviewer, closeFollowUp, {
      id: eeb,
      response: 'We called the applicant and explained the review.',
    });
    expect(closed.data.closeFollowUp).toMatchObject({
      departmentCode: 'EEB',
      respondedBy: 'eeb-reviewer',
    });
    expect(
      errorCodes(await hub.query(eebReviewer, closeFollowUp, { id: eeb, response: 'again' })),
    ).toEqual(['FOLLOW_UP_CLOSED']);
    const open = await hub.query(
      'coordinator',
      '{ followUps(open: true) { nodes { departmentCode } } }',
    );
    expect(open.data.followUps.nodes).toEqual([{ departmentCode: 'DRC' }]);
  });

  it('takes a rating for a rejected case too: the least satisfied applicants have a say', async () => {
    const rated = await hub.query(applicant, rate, {
      input: { caseId: rejected, score: 1, comment: 'Rejected without a call.' },
    });
    expect(rated.data.rateCase).toEqual({
      caseId: rejected,
      score: 1,
      comment: 'Rejected without a call.',
    });
    const followUps = await hub.sql(
      'select department_code from follow_up where case_id = ? order by department_code',
      [rejected],
    );
    expect(followUps).toEqual([{ department_code: 'EEB' }]);
  });
});
