import { center } from '../../../services/center';
import { Role, type Identity } from '../../../services/kit';
import { materials } from '../../../services/materials';
import { startTestHub, type TestHub } from '../../kit/hub';
import { refusedWithoutChange } from './center-test-kit';

/**
 * A hub with no demo data at all, set up from nothing through the graph, as a production
 * deployment is: the center admin creates a department, its section and window, and a material
 * type it leads; the department is then usable like any other.
 */
let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ subgraphs: [center, materials], seed: false });
});

afterAll(async () => {
  await hub?.stop();
});

/** Callers of this deployment's own: none of them is a demo person. */
const person = (subject: string, role: Role, departmentCode: string | null = null): Identity => ({
  subject,
  name: subject,
  roles: [role],
  departmentCode,
  applicantId: null,
});
const admin = person('admin-onboarding', Role.CENTER_ADMIN);
const legalOffice = person('legal-onboarding', Role.LEGAL_OFFICE);
const reviewer = person('tax-reviewer', Role.DEPARTMENT_REVIEWER, 'TAX');

const createDepartment = `mutation ($input: CreateDepartmentInput!) {
  createDepartment(input: $input) { code name createdAt }
}`;
const createSection = `mutation ($input: CreateSectionInput!) {
  createSection(input: $input) { code name department { code name } }
}`;
const createWindow = `mutation ($input: CreateWindowInput!) {
  createWindow(input: $input) { number name kind department { code } }
}`;
const createMaterialType = `mutation ($input: CreateMaterialTypeInput!) {
  createMaterialType(input: $input) {
    code name validityMonths licence leadDepartment { code name }
  }
}`;
const departmentCodes = `{ departments(first: 50) { nodes { code } } }`;

const tax = { code: 'TAX', name: 'Taxation Bureau' };
const taxClearance = {
  code: 'TAX_CLEARANCE',
  name: 'Tax clearance certificate',
  leadDepartmentCode: 'TAX',
  validityMonths: 6,
};

/** A digest of materials' material types and department replica, to prove a refusal wrote nothing. */
async function materialsState(): Promise<string[]> {
  const connection = hub.subgraph('materials').orm.em.getConnection();
  const digests: string[] = [];
  for (const table of ['materials.material_type', 'materials.department_replica']) {
    const [row] = await connection.execute(
      `select count(*)::text || ':' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '') as digest from ${table} t`,
    );
    digests.push(row.digest);
  }
  return digests;
}

/** Refused, with no center table, no event and no materials table changed; returns the codes. */
async function refused(request: () => ReturnType<TestHub['query']>): Promise<string[]> {
  await hub.settle();
  const before = await materialsState();
  const codes = await refusedWithoutChange(hub, request);
  await hub.settle();
  expect(await materialsState()).toEqual(before);
  return codes;
}

describe('onboarding a department through the graph', () => {
  it('starts with no department, so a section for one is refused', async () => {
    const listed = await hub.query(admin, departmentCodes);
    expect(listed.errors).toBeUndefined();
    expect(listed.data.departments.nodes).toEqual([]);

    const codes = await refused(() =>
      hub.query(admin, createSection, {
        input: { departmentCode: 'TAX', code: 'TAX-REG', name: 'Tax Registration Section' },
      }),
    );
    expect(codes).toEqual(['NOT_FOUND']);
  });

  it('lets the center admin create a department, its section, window and material type', async () => {
    const created = await hub.query(admin, createDepartment, { input: tax });
    expect(created.errors).toBeUndefined();
    expect(created.data.createDepartment).toMatchObject(tax);
    expect(Number.isNaN(Date.parse(created.data.createDepartment.createdAt))).toBe(false);

    const section = await hub.query(admin, createSection, {
      input: { departmentCode: 'TAX', code: 'TAX-REG', name: 'Tax Registration Section' },
    });
    expect(section.errors).toBeUndefined();
    expect(section.data.createSection.department).toEqual(tax);

    const window = await hub.query(admin, createWindow, {
      input: { number: 1, name: 'Taxation', kind: 'DEPARTMENT', departmentCode: 'TAX' },
    });
    expect(window.errors).toBeUndefined();
    expect(window.data.createWindow).toMatchObject({ number: 1, department: { code: 'TAX' } });

    // Materials learns the department from the center's announcement.
    await hub.settle();
    const type = await hub.query(admin, createMaterialType, { input: taxClearance });
    expect(type.errors).toBeUndefined();
    expect(type.data.createMaterialType).toEqual({
      code: 'TAX_CLEARANCE',
      name: 'Tax clearance certificate',
      validityMonths: 6,
      licence: false,
      leadDepartment: tax,
    });

    const listed = await hub.query(admin, departmentCodes);
    expect(listed.data.departments.nodes).toEqual([{ code: 'TAX' }]);
    const department = await hub.query(
      null,
      `{ department(code: "TAX") { code name sections { code } windows { number } } }`,
    );
    expect(department.errors).toBeUndefined();
    expect(department.data.department).toEqual({
      ...tax,
      sections: [{ code: 'TAX-REG' }],
      windows: [{ number: 1 }],
    });
    const read = await hub.query(
      null,
      `{ materialType(code: "TAX_CLEARANCE") { code leadDepartment { code name } } }`,
    );
    expect(read.data.materialType).toEqual({ code: 'TAX_CLEARANCE', leadDepartment: tax });

    const events = await hub
      .subgraph('center')
      .orm.em.getConnection()
      .execute(`select key, payload from events.event where topic = 'center.department.created'`);
    expect(events).toEqual([{ key: 'TAX', payload: { ...tax, createdAt: expect.any(String) } }]);
  });

  it('takes a second and third section for the new department, then refuses a fourth', async () => {
    const blank = await refused(() =>
      hub.query(admin, createSection, {
        input: { departmentCode: 'TAX', code: 'TAX-BLANK', name: ' ' },
      }),
    );
    expect(blank).toEqual(['BAD_USER_INPUT']);
    for (const code of ['TAX-AUDIT', 'TAX-REFUND']) {
      const created = await hub.query(admin, createSection, {
        input: { departmentCode: 'TAX', code, name: `Section ${code}` },
      });
      expect(created.errors).toBeUndefined();
    }
    const codes = await refused(() =>
      hub.query(admin, createSection, {
        input: { departmentCode: 'TAX', code: 'TAX-FOURTH', name: 'A fourth section' },
      }),
    );
    expect(codes).toEqual(['SECTION_LIMIT_REACHED']);
  });
});

describe('refusals, each changing nothing', () => {
  it('lets only the center admin create a department or a material type', async () => {
    const cases: [Identity | null, string, Record<string, unknown>, string][] = [
      [reviewer, createDepartment, { input: { code: 'LAB', name: 'Labour Bureau' } }, 'FORBIDDEN'],
      [
        legalOffice,
        createDepartment,
        { input: { code: 'LAB', name: 'Labour Bureau' } },
        'FORBIDDEN',
      ],
      [
        null,
        createDepartment,
        { input: { code: 'LAB', name: 'Labour Bureau' } },
        'UNAUTHENTICATED',
      ],
      [reviewer, createMaterialType, { input: { ...taxClearance, code: 'TAX_X' } }, 'FORBIDDEN'],
      [legalOffice, createMaterialType, { input: { ...taxClearance, code: 'TAX_X' } }, 'FORBIDDEN'],
      [null, createMaterialType, { input: { ...taxClearance, code: 'TAX_X' } }, 'UNAUTHENTICATED'],
    ];
    for (const [caller, mutation, variables, expected] of cases) {
      expect(await refused(() => hub.query(caller, mutation, variables))).toEqual([expected]);
    }
  });

  it('refuses a department code or name taken, a malformed code and an empty name', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ code: 'TAX', name: 'Another bureau' }, 'DEPARTMENT_CODE_TAKEN'],
      [{ code: 'TAX2', name: 'Taxation Bureau' }, 'CONFLICT'],
      [{ code: 'TAX2', name: '  Taxation Bureau ' }, 'CONFLICT'],
      [{ code: 'tax2', name: 'Lower case' }, 'BAD_USER_INPUT'],
      [{ code: 'T', name: 'Too short' }, 'BAD_USER_INPUT'],
      [{ code: 'TAX-2', name: 'A dash' }, 'BAD_USER_INPUT'],
      [{ code: 'ABCDEFGHIJKLMNOPQ', name: 'Too long' }, 'BAD_USER_INPUT'],
      [{ code: 'LAB', name: '   ' }, 'BAD_USER_INPUT'],
      [{ code: 'LAB', name: 'x'.repeat(201) }, 'BAD_USER_INPUT'],
    ];
    for (const [input, expected] of cases) {
      const codes = await refused(() => hub.query(admin, createDepartment, { input }));
      expect({ input, codes }).toEqual({ input, codes: [expected] });
    }
  });

  it('refuses a material type code taken, a lead department the center never created and bad values', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [taxClearance, 'MATERIAL_TYPE_CODE_TAKEN'],
      // A canonical type of the migrations.
      [{ ...taxClearance, code: 'BUSINESS_LICENCE' }, 'MATERIAL_TYPE_CODE_TAKEN'],
      [{ ...taxClearance, code: 'TAX_X', leadDepartmentCode: 'NOPE' }, 'NOT_FOUND'],
      // The canonical types name AMR, but this hub's center never created it.
      [{ ...taxClearance, code: 'TAX_X', leadDepartmentCode: 'AMR' }, 'NOT_FOUND'],
      [{ ...taxClearance, code: 'tax_x' }, 'BAD_USER_INPUT'],
      [{ ...taxClearance, code: 'TAX-X' }, 'BAD_USER_INPUT'],
      [{ ...taxClearance, code: 'TAX_X', name: ' ' }, 'BAD_USER_INPUT'],
      [{ ...taxClearance, code: 'TAX_X', validityMonths: 0 }, 'BAD_USER_INPUT'],
      [{ ...taxClearance, code: 'TAX_X', validityMonths: 601 }, 'BAD_USER_INPUT'],
    ];
    for (const [input, expected] of cases) {
      const codes = await refused(() => hub.query(admin, createMaterialType, { input }));
      expect({ input, codes }).toEqual({ input, codes: [expected] });
    }
    const never = await hub.query(admin, createMaterialType, {
      input: { ...taxClearance, code: 'TAX_RECEIPT', name: 'Tax receipt', validityMonths: null },
    });
    expect(never.errors).toBeUndefined();
    expect(never.data.createMaterialType.validityMonths).toBeNull();
  });

  it('refuses a section or window of a department that does not exist, a window without a name or of a number taken', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [createSection, { departmentCode: 'NOPE', code: 'NOPE-A', name: 'A section' }, 'NOT_FOUND'],
      [
        createWindow,
        { number: 9, name: 'W', kind: 'DEPARTMENT', departmentCode: 'NOPE' },
        'NOT_FOUND',
      ],
      [
        createWindow,
        { number: 9, name: ' ', kind: 'DEPARTMENT', departmentCode: 'TAX' },
        'BAD_USER_INPUT',
      ],
      [
        createWindow,
        { number: 1, name: 'Again', kind: 'DEPARTMENT', departmentCode: 'TAX' },
        'CONFLICT',
      ],
    ];
    for (const [mutation, input, expected] of cases) {
      const codes = await refused(() => hub.query(admin, mutation, { input }));
      expect({ input, codes }).toEqual({ input, codes: [expected] });
    }
  });

  it('lets only one of two simultaneous requests create a department of one code', async () => {
    const responses = await Promise.all(
      ['Labour Bureau', 'Bureau of Labour'].map((name) =>
        hub.query(admin, createDepartment, { input: { code: 'LAB', name } }),
      ),
    );
    const codes = responses.map((response) => response.errors?.[0].extensions?.code ?? 'OK');
    expect(codes.sort()).toEqual(['DEPARTMENT_CODE_TAKEN', 'OK']);
    const listed = await hub.query(admin, departmentCodes);
    expect(listed.data.departments.nodes).toEqual([{ code: 'LAB' }, { code: 'TAX' }]);
  });
});

describe('the demo seed', () => {
  let seeded: TestHub;

  beforeAll(async () => {
    seeded = await startTestHub({ subgraphs: [center, materials] });
  });

  afterAll(async () => {
    await seeded?.stop();
  });

  it('creates its departments through the same use case, so they are announced and usable', async () => {
    const events = await seeded
      .subgraph('center')
      .orm.em.getConnection()
      .execute<{ key: string }[]>(
        `select key from events.event where topic = 'center.department.created' order by key`,
      );
    expect(events.map((event) => event.key)).toEqual(['AMR', 'DRC', 'EEB', 'HCB', 'NRP']);
    await seeded.settle();
    const type = await seeded.query(admin, createMaterialType, {
      input: { code: 'PRICE_FILING', name: 'Price filing', leadDepartmentCode: 'DRC' },
    });
    expect(type.errors).toBeUndefined();
    expect(type.data.createMaterialType.leadDepartment).toEqual({
      code: 'DRC',
      name: 'Development and Reform Commission',
    });
  });
});
