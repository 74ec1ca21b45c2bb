import { generateKeyPairSync } from 'node:crypto';
import { Role, type Identity } from '../../../services/kit';
import { center } from '../../../services/center';
import { startTestHub, type TestHub } from '../../kit/hub';
import { eventually, itemInput, proposeItem, refusedWithoutChange } from './center-test-kit';

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ subgraphs: [center] });
});

afterAll(async () => {
  await hub?.stop();
});

const registerStaff = `mutation ($input: RegisterStaffInput!) {
  registerStaff(input: $input) { subject duty certified department { code } section { code } }
}`;
const issuePermit = `mutation ($input: IssueWorkPermitInput!) {
  issueWorkPermit(input: $input) { number issuedOn expiresOn valid }
}`;
const revokePermit = `mutation ($number: ID!, $reason: String!) {
  revokeWorkPermit(number: $number, reason: $reason) { number valid revokeReason }
}`;

const reviewer = (subject: string): Identity => ({
  subject,
  name: subject,
  roles: [Role.DEPARTMENT_REVIEWER],
  departmentCode: 'EEB',
  applicantId: null,
});

async function register(subject: string, duty = 'DEPARTMENT_REVIEWER') {
  const response = await hub.query('centerAdmin', registerStaff, {
    input: {
      subject,
      name: `Test ${subject}`,
      departmentCode: 'EEB',
      sectionCode: 'EEB-EIA',
      duty,
    },
  });
  expect(response.errors).toBeUndefined();
  return response.data.registerStaff;
}

describe('work permits', () => {
  it('registers staff, who may act only once they hold a valid permit', async () => {
    const staff = await register('staff-eeb-new');
    expect(staff).toEqual({
      subject: 'staff-eeb-new',
      duty: 'DEPARTMENT_REVIEWER',
      certified: false,
      department: { code: 'EEB' },
      section: { code: 'EEB-EIA' },
    });
    const input = itemInput({ code: 'EEB-T01', sectionCode: 'EEB-EIA' });
    expect(
      await refusedWithoutChange(hub, () =>
        hub.query(reviewer('staff-eeb-new'), proposeItem, { input }),
      ),
    ).toEqual(['PERMIT_INVALID']);

    const permit = await hub.query('centerAdmin', issuePermit, {
      input: {
        subject: 'staff-eeb-new',
        number: 'WP-T-1',
        issuedOn: '2026-01-01',
        expiresOn: '2099-12-31',
      },
    });
    expect(permit.data.issueWorkPermit.valid).toBe(true);
    const acted = await hub.query(reviewer('staff-eeb-new'), proposeItem, { input });
    expect(acted.errors).toBeUndefined();
  });

  it('refuses a person whose permit expired', async () => {
    await register('staff-eeb-expired');
    await hub.query('centerAdmin', issuePermit, {
      input: {
        subject: 'staff-eeb-expired',
        number: 'WP-T-2',
        issuedOn: '2020-01-01',
        expiresOn: '2020-12-31',
      },
    });
    const response = await hub.query(reviewer('staff-eeb-expired'), proposeItem, {
      input: itemInput({ code: 'EEB-T02', sectionCode: 'EEB-EIA' }),
    });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'PERMIT_INVALID',
      details: { problems: ['EXPIRED'] },
    });
    expect(
      await refusedWithoutChange(hub, () =>
        hub.query(reviewer('staff-eeb-expired'), proposeItem, {
          input: itemInput({ code: 'EEB-T02', sectionCode: 'EEB-EIA' }),
        }),
      ),
    ).toEqual(['PERMIT_INVALID']);
  });

  it('refuses a person whose permit was revoked', async () => {
    await register('staff-eeb-revoked');
    await hub.query('centerAdmin', issuePermit, {
      input: {
        subject: 'staff-eeb-revoked',
        number: 'WP-T-3',
        issuedOn: '2026-01-01',
        expiresOn: '2099-12-31',
      },
    });
    const revoked = await hub.query('centerAdmin', revokePermit, {
      number: 'WP-T-3',
      reason: 'Left the department.',
    });
    expect(revoked.data.revokeWorkPermit).toEqual({
      number: 'WP-T-3',
      valid: false,
      revokeReason: 'Left the department.',
    });
    expect(
      await refusedWithoutChange(hub, () =>
        hub.query(reviewer('staff-eeb-revoked'), proposeItem, {
          input: itemInput({ code: 'EEB-T03', sectionCode: 'EEB-EIA' }),
        }),
      ),
    ).toEqual(['PERMIT_INVALID']);
    expect(
      await refusedWithoutChange(hub, () =>
        hub.query('centerAdmin', revokePermit, { number: 'WP-T-3', reason: 'Again.' }),
      ),
    ).toEqual(['PERMIT_ALREADY_REVOKED']);
  });

  it('refuses someone the center never registered, whatever their token says', async () => {
    expect(
      await refusedWithoutChange(hub, () =>
        hub.query(reviewer('someone-unregistered'), proposeItem, {
          input: itemInput({ code: 'EEB-T04', sectionCode: 'EEB-EIA' }),
        }),
      ),
    ).toEqual(['NOT_REGISTERED_STAFF']);
  });

  it('refuses bad permits and registrations', async () => {
    const bad = [
      {
        subject: 'staff-eeb-new',
        number: 'WP-T-9',
        issuedOn: '2026-02-30',
        expiresOn: '2027-01-01',
      },
      {
        subject: 'staff-eeb-new',
        number: 'WP-T-9',
        issuedOn: '2027-01-01',
        expiresOn: '2026-01-01',
      },
    ];
    for (const input of bad) {
      expect(
        await refusedWithoutChange(hub, () => hub.query('centerAdmin', issuePermit, { input })),
      ).toEqual(['BAD_USER_INPUT']);
    }
    expect(
      await refusedWithoutChange(hub, () =>
        hub.query('centerAdmin', registerStaff, {
          input: {
            subject: 'staff-x',
            name: 'X',
            departmentCode: 'EEB',
            sectionCode: 'DRC-INVEST',
            duty: 'WINDOW_CLERK',
          },
        }),
      ),
    ).toEqual(['SECTION_NOT_IN_DEPARTMENT']);
    expect(
      await refusedWithoutChange(hub, () =>
        hub.query('departmentReviewer', issuePermit, {
          input: {
            subject: 'staff-eeb-new',
            number: 'X',
            issuedOn: '2026-01-01',
            expiresOn: '2026-02-01',
          },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('records trainings and one evaluation a year, shown to the person and overseers', async () => {
    const training = await hub.query(
      'centerAdmin',
      `mutation { recordTraining(input: { subject: "staff-eeb-new", title: "Acceptance with missing materials", completedOn: "2026-03-02", hours: 4 }) { title hours } }`,
    );
    expect(training.errors).toBeUndefined();
    const evaluate = `mutation { recordEvaluation(input: { subject: "staff-eeb-new", year: 2026, grade: EXCELLENT, comment: "No complaint." }) { year grade } }`;
    expect((await hub.query('centerAdmin', evaluate)).data.recordEvaluation.grade).toBe(
      'EXCELLENT',
    );
    expect(await refusedWithoutChange(hub, () => hub.query('centerAdmin', evaluate))).toEqual([
      'CONFLICT',
    ]);

    const query = `{ staffMember(subject: "staff-eeb-new") { certified permits { number } trainings { title } evaluations { year grade } } }`;
    const own = await hub.query(reviewer('staff-eeb-new'), query);
    expect(own.data.staffMember).toEqual({
      certified: true,
      permits: [{ number: 'WP-T-1' }],
      trainings: [{ title: 'Acceptance with missing materials' }],
      evaluations: [{ year: 2026, grade: 'EXCELLENT' }],
    });
    expect((await hub.query('supervisor', query)).data.staffMember.certified).toBe(true);
    expect((await hub.query('departmentReviewer', query)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('has registered and certified the demo staff of every department', async () => {
    const response = await hub.query(
      'coordinator',
      '{ staffMembers(first: 100) { totalCount nodes { subject duty certified } } }',
    );
    const demo = response.data.staffMembers.nodes.filter((node: { subject: string }) =>
      /^staff-(drc|nrp|eeb|hcb|amr)-(clerk|reviewer|chief)$/.test(node.subject),
    );
    expect(demo).toHaveLength(15);
    expect(demo.every((node: { certified: boolean }) => node.certified)).toBe(true);
  });
});

describe('chief representatives', () => {
  const authorize = `mutation ($input: AuthorizeChiefRepresentativeInput!) {
    authorizeChiefRepresentative(input: $input) { id scopeAll itemCodes validFrom validTo person { subject } department { code } }
  }`;
  const revoke = `mutation ($id: ID!) { revokeChiefRepresentative(id: $id, reason: "Transferred.") { id revokedAt } }`;
  const current = '{ department(code: "EEB") { chiefRepresentative { id person { subject } } } }';

  it('refuses a second active chief representative of a department', async () => {
    await register('staff-eeb-chief2', 'CHIEF_REPRESENTATIVE');
    const input = {
      subject: 'staff-eeb-chief2',
      departmentCode: 'EEB',
      scopeAll: false,
      itemCodes: ['EEB-001'],
      validFrom: '2026-06-01',
      validTo: '2027-05-31',
      documentNumber: 'EEB-AUTH-2026-002',
    };
    expect(
      await refusedWithoutChange(hub, () => hub.query('centerAdmin', authorize, { input })),
    ).toEqual(['CHIEF_REPRESENTATIVE_ALREADY_ACTIVE']);

    // Once the current authorization is revoked, the new one may take over.
    const before = await hub.query('coordinator', current);
    expect(before.data.department.chiefRepresentative.person.subject).toBe('staff-eeb-chief');
    const revoked = await hub.query('centerAdmin', revoke, {
      id: before.data.department.chiefRepresentative.id,
    });
    expect(revoked.data.revokeChiefRepresentative.revokedAt).not.toBeNull();
    const authorized = await hub.query('centerAdmin', authorize, { input });
    expect(authorized.errors).toBeUndefined();
    expect(authorized.data.authorizeChiefRepresentative).toMatchObject({
      scopeAll: false,
      itemCodes: ['EEB-001'],
      person: { subject: 'staff-eeb-chief2' },
    });
  });

  it('refuses to authorize someone not registered as chief representative of the department', async () => {
    expect(
      await refusedWithoutChange(hub, () =>
        hub.query('centerAdmin', authorize, {
          input: {
            subject: 'staff-eeb-new',
            departmentCode: 'NRP',
            scopeAll: true,
            validFrom: '2030-01-01',
            validTo: '2030-12-31',
            documentNumber: 'NRP-AUTH-2030-001',
          },
        }),
      ),
    ).toEqual(['NOT_REGISTERED_STAFF']);
  });
});

describe('approval seals', () => {
  const registerSeal = `mutation ($input: RegisterSealInput!) {
    registerSeal(input: $input) { id status keyFingerprint department { code } }
  }`;
  const revokeSeal = `mutation ($id: ID!) { revokeSeal(id: $id, reason: "Key rotated.") { status } }`;
  const pair = () => generateKeyPairSync('ed25519');

  it('keeps one active seal per department, with its public key only', async () => {
    const { publicKey, privateKey } = pair();
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(
      await refusedWithoutChange(hub, () =>
        hub.query('centerAdmin', registerSeal, {
          input: { departmentCode: 'AMR', name: 'AMR seal', publicKey: pem },
        }),
      ),
    ).toEqual(['SEAL_ALREADY_ACTIVE']);

    const active = await hub.query(null, '{ department(code: "AMR") { seal { id } } }');
    await hub.query('centerAdmin', revokeSeal, { id: active.data.department.seal.id });
    const registered = await hub.query('centerAdmin', registerSeal, {
      input: { departmentCode: 'AMR', name: 'AMR seal', publicKey: pem },
    });
    expect(registered.data.registerSeal).toMatchObject({
      status: 'ACTIVE',
      department: { code: 'AMR' },
    });
    expect(registered.data.registerSeal.keyFingerprint).toMatch(/^[0-9a-f]{64}$/);

    const secret = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(
      await refusedWithoutChange(hub, () =>
        hub.query('centerAdmin', registerSeal, {
          input: { departmentCode: 'AMR', name: 'AMR seal', publicKey: secret },
        }),
      ),
    ).toEqual(['SEAL_PRIVATE_KEY_REFUSED']);
    expect(
      await refusedWithoutChange(hub, () =>
        hub.query('centerAdmin', registerSeal, {
          input: { departmentCode: 'AMR', name: 'AMR seal', publicKey: 'not a key' },
        }),
      ),
    ).toEqual(['SEAL_KEY_INVALID']);
  });

  it('registers the key a department subgraph announces, replacing the old one', async () => {
    const { publicKey } = pair();
    const der = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    const em = hub.subgraph('center').orm.em.fork();
    await em.transactional(async (tx) => {
      const { publishEvent } = await import('../../../services/kit');
      await publishEvent(tx, {
        topic: 'department.seal.generated',
        key: 'HCB',
        payload: {
          departmentCode: 'HCB',
          keyId: '7d1c1f9e-2f54-4c35-9a3a-0a4f3d2b1c00',
          algorithm: 'Ed25519',
          publicKey: der,
          at: new Date().toISOString(),
        },
      });
    });
    const seals = await eventually(
      hub,
      () =>
        hub.query(
          null,
          '{ seals(departmentCode: "HCB") { nodes { status } } department(code: "HCB") { seal { name } } }',
        ),
      (response) => response.data.seals.nodes.length === 2,
    );
    expect(seals.data.seals.nodes.map((s: { status: string }) => s.status)).toEqual([
      'ACTIVE',
      'REVOKED',
    ]);
    expect(seals.data.department.seal.name).toBe('HCB approval seal');
  });
});

describe('windows', () => {
  const createWindow = `mutation ($input: CreateWindowInput!) {
    createWindow(input: $input) { number kind department { code } shares { department { code } weekdays } }
  }`;

  it('sets up department and comprehensive windows', async () => {
    const shared = await hub.query('centerAdmin', createWindow, {
      input: {
        number: 6,
        name: 'Small departments',
        kind: 'COMPREHENSIVE',
        shares: [
          { departmentCode: 'EEB', weekdays: ['TUESDAY'] },
          { departmentCode: 'AMR', weekdays: ['THURSDAY', 'FRIDAY'] },
        ],
      },
    });
    expect(shared.data.createWindow).toEqual({
      number: 6,
      kind: 'COMPREHENSIVE',
      department: null,
      shares: [
        { department: { code: 'EEB' }, weekdays: ['TUESDAY'] },
        { department: { code: 'AMR' }, weekdays: ['THURSDAY', 'FRIDAY'] },
      ],
    });
    const windows = await hub.query(null, '{ department(code: "EEB") { windows { number } } }');
    expect(windows.data.department.windows).toEqual([{ number: 5 }, { number: 6 }]);
  });

  it('refuses a window assigned to no department, or to one and shared as well', async () => {
    for (const input of [
      { number: 7, name: 'X', kind: 'DEPARTMENT' },
      {
        number: 7,
        name: 'X',
        kind: 'DEPARTMENT',
        departmentCode: 'DRC',
        shares: [{ departmentCode: 'EEB', weekdays: ['MONDAY'] }],
      },
      { number: 7, name: 'X', kind: 'COMPREHENSIVE', shares: [] },
    ]) {
      expect(
        await refusedWithoutChange(hub, () => hub.query('centerAdmin', createWindow, { input })),
      ).toEqual(['WINDOW_ASSIGNMENT_INVALID']);
    }
    expect(
      await refusedWithoutChange(hub, () =>
        hub.query('centerAdmin', createWindow, {
          input: { number: 1, name: 'Taken', kind: 'DEPARTMENT', departmentCode: 'DRC' },
        }),
      ),
    ).toEqual(['CONFLICT']);
  });
});
