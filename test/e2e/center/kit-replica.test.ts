import { Entity, PrimaryKey } from '@mikro-orm/postgresql';
import { Query, Resolver } from 'type-graphql';
import {
  Role,
  addWorkingDays,
  assertChiefRepresentative,
  assertMayAct,
  calendarReplicaConsumer,
  calendarReplicaMigration,
  loadCalendar,
  staffReplicaConsumer,
  staffReplicaMigration,
  type HubEvent,
  type Identity,
  type RequestContext,
  type SubgraphDefinition,
} from '../../../services/kit';
import { center } from '../../../services/center';
import { demoPeople } from '../../../services/demo-people';
import { startTestHub, type TestHub } from '../../kit/hub';
import { eventually, staffOf } from './center-test-kit';

/** A subgraph that only follows the center, as every other subgraph does. */
@Entity({ tableName: 'kit_staff' })
class ProbeStaffRow {
  @PrimaryKey({ type: 'string' })
  subject!: string;
}

@Resolver()
class ProbeResolver {
  @Query(() => Boolean, { description: 'Always true.' })
  probe(): boolean {
    return true;
  }
}

const probe: SubgraphDefinition = {
  name: 'probe',
  port: 0,
  schema: { resolvers: [ProbeResolver] },
  entities: [ProbeStaffRow],
  migrations: [staffReplicaMigration, calendarReplicaMigration],
  consumers: [staffReplicaConsumer('probe'), calendarReplicaConsumer('probe')],
};

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ subgraphs: [center, probe] });
});

afterAll(async () => {
  await hub?.stop();
});

const contextOf = (identity: Identity): RequestContext => ({
  identity,
  em: hub.subgraph('probe').orm.em.fork(),
  loaders: new Map(),
});

const refusal = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (error) => error.extensions?.code as string,
  );

const replicated = async (sql: string) =>
  eventually(
    hub,
    () => hub.subgraph('probe').orm.em.getConnection().execute(sql),
    (rows) => rows.length > 0,
  );

describe('the permit checks on a replica of the center registry', () => {
  it('lets registered, certified staff act for their own department only', async () => {
    await replicated(`select 1 from kit_work_permit where subject = 'staff-amr-reviewer'`);
    const reviewer = demoPeople.departmentReviewer;
    expect(
      await refusal(
        assertMayAct(contextOf(reviewer), {
          departmentCode: 'DRC',
          role: Role.DEPARTMENT_REVIEWER,
        }),
      ),
    ).toBeNull();
    expect(
      await refusal(
        assertMayAct(contextOf(reviewer), {
          departmentCode: 'NRP',
          role: Role.DEPARTMENT_REVIEWER,
        }),
      ),
    ).toBe('NOT_OWN_DEPARTMENT');
    expect(
      await refusal(
        assertMayAct(contextOf(reviewer), { departmentCode: 'DRC', role: Role.WINDOW_CLERK }),
      ),
    ).toBe('NOT_REGISTERED_STAFF');
  });

  it('follows a revoked permit once the event arrives', async () => {
    const clerk = demoPeople.windowClerk;
    const act = () =>
      refusal(assertMayAct(contextOf(clerk), { departmentCode: 'DRC', role: Role.WINDOW_CLERK }));
    expect(await act()).toBeNull();
    const revoked = await hub.query(
      'centerAdmin',
      'mutation { revokeWorkPermit(number: "WP-2026-DRC-1", reason: "Suspended.") { number } }',
    );
    expect(revoked.errors).toBeUndefined();
    await replicated(
      `select 1 from kit_work_permit where number = 'WP-2026-DRC-1' and revoked_at is not null`,
    );
    expect(await act()).toBe('PERMIT_INVALID');
  });

  it('lets only the authorized chief representative sign, within scope and period', async () => {
    await replicated(`select 1 from kit_chief_representative where department_code = 'AMR'`);
    const chief = demoPeople.chiefRepresentative;
    const sign = (identity: Identity, departmentCode: string, at?: Date) =>
      refusal(
        assertChiefRepresentative(contextOf(identity), {
          departmentCode,
          itemCode: `${departmentCode}-001`,
          at,
        }),
      );
    expect(await sign(chief, 'DRC')).toBeNull();
    expect(await sign(chief, 'DRC', new Date('2025-06-01T04:00:00Z'))).toBe('PERMIT_INVALID');
    expect(await sign(staffOf('NRP', 'chief'), 'DRC')).toBe('NOT_OWN_DEPARTMENT');
    expect(await sign(staffOf('NRP', 'chief'), 'NRP')).toBeNull();

    const revokeId = (
      await hub.query(null, '{ department(code: "NRP") { chiefRepresentative { id } } }')
    ).data.department.chiefRepresentative.id;
    await hub.query(
      'centerAdmin',
      `mutation { revokeChiefRepresentative(id: "${revokeId}", reason: "Left.") { id } }`,
    );
    await replicated(
      `select 1 from kit_chief_representative where id = '${revokeId}' and revoked_at is not null`,
    );
    expect(await sign(staffOf('NRP', 'chief'), 'NRP')).toBe('NOT_AUTHORIZED_REPRESENTATIVE');
  });

  it('applies a redelivered event once', async () => {
    const event: HubEvent = {
      position: '1',
      topic: 'center.staff.permit-issued',
      key: 'staff-hcb-clerk',
      payload: {
        number: 'WP-REDELIVERED',
        subject: 'staff-hcb-clerk',
        issuedOn: '2026-01-01',
        expiresOn: '2026-12-31',
      },
      producer: 'center',
      occurredAt: new Date(),
    };
    const em = hub.subgraph('probe').orm.em.fork();
    await em.transactional(async (tx) => {
      await staffReplicaConsumer('probe').handle(event, tx);
      await staffReplicaConsumer('probe').handle(event, tx);
    });
    const rows = await em
      .getConnection()
      .execute(`select number from kit_work_permit where number = 'WP-REDELIVERED'`);
    expect(rows).toHaveLength(1);
  });
});

describe('the calendar replica', () => {
  it('holds the center calendar, and follows a change', async () => {
    await replicated(`select 1 from kit_calendar_day where date = '2026-10-01'`);
    const em = hub.subgraph('probe').orm.em.fork();
    expect(addWorkingDays(await loadCalendar(em), '2026-09-30', 1)).toBe('2026-10-08');

    await hub.query(
      'centerAdmin',
      `mutation { setCalendarYear(year: 2026, days: [{ date: "2026-10-01", kind: HOLIDAY, name: "National Day" }]) { year } }`,
    );
    await eventually(
      hub,
      () => em.getConnection().execute(`select date from kit_calendar_day`),
      (rows) => rows.length === 1,
    );
    expect(addWorkingDays(await loadCalendar(em), '2026-09-30', 1)).toBe('2026-10-02');
  });
});
