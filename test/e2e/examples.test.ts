import { Client, fetchExchange } from '@urql/core';
import { departmentCodes } from '../../services/departments/codes';
import { loadReviewDesk } from '../../examples/review-desk/src/review-desk';
import { applyAndSettle, startApprovalsHub, type ApprovalsHub } from './approvals/approvals-hub';

// The typed client a front-end team would write (examples/review-desk), run against the gateway.
let hub: ApprovalsHub;

beforeAll(async () => {
  hub = await startApprovalsHub();
}, 180_000);

afterAll(async () => {
  await hub?.stop();
});

it('lists every department review desk with one fragment, through the gateway, page by page', async () => {
  const first = await applyAndSettle(hub, 'BUNDLE', 'TST-ALL');
  const second = await applyAndSettle(hub, 'BUNDLE', 'TST-ALL');
  const client = new Client({
    url: hub.gatewayUrl,
    exchanges: [fetchExchange],
    fetchOptions: { headers: { authorization: `Bearer ${await hub.tokenFor('coordinator')}` } },
  });

  const { rows } = await loadReviewDesk(client, 1);

  for (const kase of [first, second]) {
    const ofCase = rows.filter((row) => row.caseReference === kase.reference);
    expect(ofCase.map((row) => row.departmentCode).sort()).toEqual([...departmentCodes].sort());
    for (const row of ofCase) {
      expect(row).toMatchObject({
        __typename: expect.stringMatching(/Review$/),
        status: 'OPEN',
        deadlineOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
      expect(row.itemCodes.length).toBeGreaterThan(0);
    }
  }
  const deadlines = rows.map((row) => row.deadlineOn);
  expect(deadlines).toEqual([...deadlines].sort());
}, 120_000);
