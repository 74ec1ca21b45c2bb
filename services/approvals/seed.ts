import type { EntityManager } from '@mikro-orm/postgresql';
import { Case } from './case/case.entity';
import { CaseChannel } from './case/case-channel';
import type { CaseItem } from './case/case-item';
import { CaseStatus } from './case/case-status';
import { SubjectKind } from './case/subject-kind';
import { Task } from './task/task.entity';
import { TaskStatus } from './task/task-status';

/** Riverside Logistics and Green Leaf Tea House, as seeded by the materials subgraph. */
const riverside = '50e2c72a-81d3-42af-a59c-b3c9e16dd83f';
const greenLeaf = '9a4f3c1e-2b7d-4e8a-9c6f-1d2e3f4a5b6c';

const item = (code: string, name: string, departmentCode: string, days: number): CaseItem => ({
  code,
  version: 1,
  name,
  departmentCode,
  promisedLimitDays: days,
  steps: [
    { kind: 'ACCEPT', name: 'Accept' },
    { kind: 'REVIEW', name: 'Review' },
    { kind: 'SIGN', name: 'Sign' },
  ],
  meetingBeforeSign: false,
  materialTypeCodes: [],
});

const construction = [
  item('DRC-001', 'Filing of an enterprise investment project', 'DRC', 5),
  item('NRP-001', 'Construction land planning permit', 'NRP', 10),
  item('EEB-001', 'Approval of an environmental impact report', 'EEB', 15),
  item('HCB-001', 'Construction works permit', 'HCB', 7),
];

const demoCases = [
  {
    id: '6f1d6a3e-0c55-4c6e-9a51-3b7a1f0e0001',
    reference: 'OS-2026-000001',
    title: 'Riverside logistics warehouse: start a construction project',
    applicantId: riverside,
    subjectCode: 'START-A-CONSTRUCTION-PROJECT',
    status: CaseStatus.IN_PROGRESS,
    items: construction,
    timeLimitDays: 20,
    acceptedAt: new Date('2026-11-16T02:00:00Z'),
    deadlineOn: '2026-12-14',
    closedAt: null,
  },
  {
    id: '6f1d6a3e-0c55-4c6e-9a51-3b7a1f0e0002',
    reference: 'OS-2026-000002',
    title: 'Green Leaf Tea House: open a business',
    applicantId: greenLeaf,
    subjectCode: 'AMR-001',
    status: CaseStatus.COMPLETED,
    items: [item('AMR-001', 'Business registration', 'AMR', 3)],
    timeLimitDays: 3,
    acceptedAt: new Date('2026-11-02T02:00:00Z'),
    deadlineOn: '2026-11-05',
    closedAt: new Date('2026-11-04T08:00:00Z'),
  },
];

/** Demo cases written whole (as the flow would have left them); a second run changes nothing. */
export async function seedApprovals(em: EntityManager): Promise<void> {
  const cases = demoCases.map((demo) => ({
    ...demo,
    subjectKind: demo.items.length > 1 ? SubjectKind.BUNDLE : SubjectKind.ITEM,
    subjectVersion: 1,
    channel: CaseChannel.WINDOW,
    submittedBy: 'staff-drc-clerk',
    idempotencyKey: `demo-${demo.reference}`,
    requirements: [],
    departmentCodes: demo.items.map((entry) => entry.departmentCode),
    notice: [],
    commitmentMaterialTypeCodes: [],
    commitmentDeadlineOn: null,
    commitmentVerifiedCodes: [],
    commitmentException: null,
    calendarWaitingYear: null,
    pausedDays: 0,
    createdAt: demo.acceptedAt,
  }));
  await em.createQueryBuilder(Case).insert(cases).onConflict('reference').ignore().execute();
  const tasks = demoCases.flatMap((demo) =>
    demo.items.map((entry, index) => ({
      id: `${demo.id.slice(0, -3)}1${demo.id.slice(-1)}${index}`,
      caseId: demo.id,
      departmentCode: entry.departmentCode,
      status: demo.status === CaseStatus.COMPLETED ? TaskStatus.APPROVED : TaskStatus.ACCEPTED,
      items: [entry],
      materialTypeCodes: [],
      limitDays: entry.promisedLimitDays,
      openedAt: demo.acceptedAt,
      deadlineOn: demo.deadlineOn,
      pausedDays: 0,
      supplementRequests: [],
      reasons: [],
      closedAt: demo.closedAt,
    })),
  );
  await em.createQueryBuilder(Task).insert(tasks).onConflict('id').ignore().execute();
}
