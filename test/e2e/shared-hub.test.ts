import { Role, type Identity } from '../../services/kit';
import { sharedTestHub, type SharedTestHub } from '../kit/shared-hub';

let hub: SharedTestHub;

beforeAll(async () => {
  hub = await sharedTestHub();
}, 300_000);

afterAll(async () => {
  await hub?.stop();
});

it('is the same hub for every call in a worker, with facts made once', async () => {
  const again = await sharedTestHub();
  expect(again.gatewayUrl).toBe(hub.gatewayUrl);
  let runs = 0;
  const fact = async () => {
    runs += 1;
  };
  await Promise.all([hub.once('shared-hub test', fact), again.once('shared-hub test', fact)]);
  expect(runs).toBe(1);
});

it('registers a fresh applicant the applicant account may read', async () => {
  const id = await hub.newApplicant('Fresh Applicant Co., Ltd.');
  const account: Identity = {
    subject: `applicant-${id}`,
    name: 'Applicant account',
    roles: [Role.APPLICANT],
    departmentCode: null,
    applicantId: id,
  };
  const read = await hub.query(account, `query ($id: ID!) { applicant(id: $id) { id name } }`, {
    id,
  });
  expect(read.errors).toBeUndefined();
  expect(read.data.applicant).toEqual({ id, name: 'Fresh Applicant Co., Ltd.' });
  expect(await hub.newApplicant()).not.toBe(id);
});

it("moves the hub's time while a test holds it, and gives the system's time back", async () => {
  hub.clock.set('2026-12-31T02:00:00Z');
  expect(hub.clock.now().toISOString()).toBe('2026-12-31T02:00:00.000Z');
  hub.clock.advance(60_000);
  expect(hub.clock.now().toISOString()).toBe('2026-12-31T02:01:00.000Z');
  hub.clock.reset();
  expect(Math.abs(hub.clock.now().getTime() - Date.now())).toBeLessThan(5_000);
});
