import type { Identity } from '../../services/kit';
import { Role } from '../../services/kit';
import { errorCodes } from '../kit/graphql-client';
import {
  applicantOf,
  applyAndSettle,
  riverside,
  startApprovalsHub,
  type ApprovalsHub,
} from '../e2e/approvals/approvals-hub';

// Attacks: the public verification of a licence answered its whole signed content (applicant,
// case and task ids, the signer's login, the project's investment), and serials were a counter,
// so anyone could read every licence the hub issued by counting.
let hub: ApprovalsHub;

const staff = (code: string, duty: 'reviewer' | 'chief'): Identity => ({
  subject: `staff-${code.toLowerCase()}-${duty}`,
  name: `${code} ${duty}`,
  roles: [duty === 'chief' ? Role.CHIEF_REPRESENTATIVE : Role.DEPARTMENT_REVIEWER],
  departmentCode: code,
  applicantId: null,
});

async function act(caller: Identity, mutation: string, taskId: string) {
  const response = await hub.query(caller, mutation, { taskId });
  expect(response.errors).toBeUndefined();
  await hub.settle();
}

const licenceOfTasks = `query ($id: ID!) {
  case(id: $id) { id reference tasks { id department { code } licence { serial content } } }
}`;

const verify = `query ($serial: String!) {
  licence(serial: $serial) {
    serial title holderName items { code version name } department { code name } departmentName
    issuedAt validUntil signatureValid expired valid
  }
}`;

let kase: any;
let serials: string[];

beforeAll(async () => {
  hub = await startApprovalsHub();
  kase = await applyAndSettle(hub, 'BUNDLE', 'TST-PAIR');
  for (const task of kase.tasks) {
    const code = task.department.code as string;
    const step = (name: string, extra = '') =>
      `mutation ($taskId: ID!) { ${code.toLowerCase()}${name}(taskId: $taskId${extra}) { __typename } }`;
    await act(staff(code, 'reviewer'), step('AcceptTask'), task.id);
    if (code === 'DRC') {
      await act(
        staff(code, 'reviewer'),
        step(
          'RecordProject',
          ', project: { projectCode: "2026-330100-44-01-000123", totalInvestment: "98765.43", procedure: FILING }',
        ).replace('{ __typename }', '{ taskId }'),
        task.id,
      );
    }
    await act(staff(code, 'reviewer'), step('ReviewTask', ', opinion: "Complies."'), task.id);
    await act(staff(code, 'chief'), step('SignTask'), task.id);
  }
  const done = await hub.query(applicantOf(riverside), licenceOfTasks, { id: kase.id });
  expect(done.errors).toBeUndefined();
  kase = done.data.case;
  serials = kase.tasks.map((task: any) => task.licence.serial);
}, 240_000);

afterAll(() => hub?.stop());

describe('public licence verification', () => {
  it('shows what a verifier needs: holder, items, department, dates, verdict', async () => {
    const drc = kase.tasks.find((task: any) => task.department.code === 'DRC');
    const response = await hub.query(null, verify, { serial: drc.licence.serial });
    expect(response.errors).toBeUndefined();
    expect(response.data.licence).toMatchObject({
      serial: drc.licence.serial,
      holderName: 'Riverside Logistics Co., Ltd.',
      items: [{ code: 'TST-DRC-1', version: 1 }],
      department: { code: 'DRC', name: expect.any(String) },
      issuedAt: expect.any(String),
      signatureValid: true,
      expired: false,
      valid: true,
    });
  });

  it('shows no applicant, case or task id, no signer, no project figures', async () => {
    for (const task of kase.tasks) {
      const response = await hub.query(null, verify, { serial: task.licence.serial });
      const answer = JSON.stringify(response);
      for (const secret of [
        riverside,
        kase.id,
        kase.reference,
        ...kase.tasks.map((t: any) => t.id),
        'staff-drc-chief',
        'staff-hcb-chief',
        '98765.43',
        '2026-330100-44-01-000123',
      ]) {
        expect(answer).not.toContain(secret);
      }
    }
    // Nor can a client ask for the signed content, its hash or the signature there.
    for (const field of ['content', 'contentSha256', 'signature', 'sealKeyId', 'id']) {
      const response = await hub.query(null, `{ licence(serial: "${serials[0]}") { ${field} } }`);
      expect(errorCodes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    }
  });

  it('gives serials no one can count through', async () => {
    const randomPart = /^[A-Z]{3}-\d{4}-(?:[0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}$/;
    for (const serial of serials) expect(serial).toMatch(randomPart);
    expect(new Set(serials.map((serial) => serial.slice(9))).size).toBe(serials.length);
    // The serials a counter would have given answer nothing.
    for (const guess of ['DRC-2026-000001', 'DRC-2026-000002', 'HCB-2026-000001']) {
      const response = await hub.query(null, verify, { serial: guess });
      expect(response.errors).toBeUndefined();
      expect(response.data.licence).toBeNull();
    }
  });

  it('leaves the applicant and staff the whole licence on the case and task', async () => {
    for (const task of kase.tasks) {
      const content = JSON.parse(task.licence.content);
      expect(content).toMatchObject({
        applicantId: riverside,
        caseId: kase.id,
        taskId: task.id,
        holderName: 'Riverside Logistics Co., Ltd.',
      });
    }
    const drc = kase.tasks.find((task: any) => task.department.code === 'DRC');
    expect(JSON.parse(drc.licence.content).details).toMatchObject({ totalInvestment: '98765.43' });
    const staffView = await hub.query('coordinator', licenceOfTasks, { id: kase.id });
    expect(staffView.errors).toBeUndefined();
    expect(JSON.parse(staffView.data.case.tasks[0].licence.content).signedBy).toMatch(/-chief$/);
  });
});
