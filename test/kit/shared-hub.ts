import { randomBytes, randomUUID } from 'node:crypto';
import { Role, type Identity } from '../../services/kit';
import { creditCodeCheckCharacter } from '../../services/materials/applicant/credit-code';
import { workerHubGlobal, type WorkerHubAccess } from './worker-hub';
import { testHubOf, type TestHub } from './hub';
import type { TestClock } from './test-clock';

export interface SharedTestHub extends TestHub {
  /** The hub's clock: the system's time until a test sets it; back to it for the next file. */
  clock: TestClock;
  /**
   * Runs `work` once per shared hub (under `name`) and waits for it: catalog entries and other
   * facts every file may read but none changes. A file's own data is made fresh instead.
   */
  once(name: string, work: () => Promise<unknown>): Promise<void>;
  /** A new enterprise applicant, registered online by an account of its own; returns its id. */
  newApplicant(name?: string): Promise<string>;
  /** Gives the hub back: pending events delivered, clock back to the system's. Stops nothing. */
  stop(): Promise<void>;
}

/**
 * The hub this jest worker shares between its test files (every subgraph, seeded), started by the
 * first file that asks: a file pays for a hub only if it is the first of its worker.
 *
 * What that asks of a test: its data is its own (fresh applicants, cases, idempotency keys) and
 * it asserts on that data, never on totals over the whole database; it reads time from `clock`
 * (tests `set` it; `useClock` does not reach this hub); it stops no subgraph. A test that needs
 * another configuration (a fixed clock from the start, some subgraphs only, faults, special
 * environment, a database of its own) starts its own hub with `startTestHub`.
 */
export async function sharedTestHub(): Promise<SharedTestHub> {
  const access = (globalThis as Record<string, unknown>)[workerHubGlobal] as
    WorkerHubAccess | undefined;
  if (!access) {
    throw new Error(
      'No shared hub here: run this test in the e2e project (its environment is test/kit/hub-environment.ts).',
    );
  }
  const shared = await access();
  shared.clock.reset();
  const base = testHubOf(shared.hub, { url: shared.database.url, drop: async () => {} }, () =>
    Promise.resolve(),
  );
  return {
    ...base,
    clock: shared.clock,
    async once(name, work) {
      let done = shared.fixtures.get(name);
      if (!done) {
        done = work();
        shared.fixtures.set(name, done);
        // A failed fixture is tried again by the next file rather than failing every file after.
        done.catch(() => shared.fixtures.delete(name));
      }
      await done;
    },
    async newApplicant(name = 'Test applicant Co., Ltd.') {
      const account: Identity = {
        subject: `applicant-account-${randomUUID()}`,
        name: 'Applicant account',
        roles: [Role.APPLICANT],
        departmentCode: null,
        applicantId: null,
      };
      const registered = await base.query(account, registerApplicantMutation, {
        input: { kind: 'ENTERPRISE', name, identifier: newCreditCode() },
      });
      if (registered.errors) {
        throw new Error(`Registering a test applicant failed: ${registered.errors[0].message}`);
      }
      return registered.data.registerApplicant.id;
    },
    async stop() {
      await base.settle();
      shared.clock.reset();
    },
  };
}

const registerApplicantMutation = /* GraphQL */ `
  mutation ($input: RegisterApplicantInput!) {
    registerApplicant(input: $input) {
      id
    }
  }
`;

const creditCodeAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A unified social credit code no other test uses, with its GB 32100-2015 check character. */
export function newCreditCode(): string {
  const random = [...randomBytes(9)]
    .map((byte) => creditCodeAlphabet[byte % creditCodeAlphabet.length])
    .join('');
  const first17 = `91320506${random}`;
  return first17 + creditCodeCheckCharacter(first17);
}
