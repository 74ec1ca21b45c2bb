import type { ApprovalsEvents } from './approvals-events';
import type { CenterEvents } from './center-events';
import type { DepartmentEvents } from './department-events';
import type { MaterialsEvents } from './materials-events';
import type { SupervisionEvents } from './supervision-events';
import type { StaffEvents } from './staff-events';

/**
 * Every event of the hub: its topic (`<producer>.<entity>.<past-tense verb>`) and the payload it
 * carries. Publishers and consumers are typed by this map, so changing a payload here is a
 * compile error wherever that payload is built or read. docs/joint-approval.md's event table is
 * generated from it (`npm run docs:events`) and a test holds the two equal.
 */
export interface HubEventMap
  extends
    ApprovalsEvents,
    MaterialsEvents,
    DepartmentEvents,
    CenterEvents,
    SupervisionEvents,
    StaffEvents {}

export type Topic = keyof HubEventMap;

/** The event a producer appends: its topic, the entity it is about, and that topic's payload. */
export interface NewEvent<T extends Topic = Topic> {
  topic: T;
  key: string;
  payload: HubEventMap[T];
}

/** One event as a consumer receives it; a union over topics, so `event.topic` narrows `payload`. */
export type DeliveredEvent<T extends Topic = Topic> = {
  [K in T]: {
    /** Position in the hub's event log; unique, increasing within a transaction. */
    position: string;
    topic: K;
    key: string;
    payload: HubEventMap[K];
    /** The subgraph that published it. */
    producer: string;
    occurredAt: Date;
  };
}[T];

type PrefixesOf<T extends string> = T extends `${infer First}.${infer Second}.${string}`
  ? `${First}.*` | `${First}.${Second}.*`
  : never;

/** What a consumer subscribes to: a topic, `prefix.*` for every topic under it, or `*`. */
export type TopicPattern = Topic | PrefixesOf<Topic> | '*';

/** The topics a pattern matches. */
export type TopicsMatching<P extends TopicPattern> = P extends '*'
  ? Topic
  : P extends `${infer Prefix}.*`
    ? Extract<Topic, `${Prefix}.${string}`>
    : Extract<Topic, P>;

/** Which entity each topic's key names, as the event table shows it. */
export const eventKeys: { readonly [T in Topic]: string } = {
  'approvals.case.submitted': 'caseId',
  'materials.prerequisites.checked': 'caseId',
  'approvals.case.accepted': 'caseId',
  'approvals.case.returned': 'caseId',
  'approvals.task.opened': 'taskId',
  'approvals.task.cancelled': 'taskId',
  'approvals.supplement.supplied': 'taskId',
  'approvals.case.completed': 'caseId',
  'approvals.case.rejected': 'caseId',
  'approvals.case.withdrawn': 'caseId',
  'approvals.licence.issued': 'serial',
  'approvals.commitment.kept': 'caseId',
  'approvals.case.deadlines-recomputed': 'caseId',
  'approvals.sign-off.refused': 'taskId',
  'department.task.accepted': 'taskId',
  'department.task.reviewed': 'taskId',
  'department.task.meeting-recorded': 'taskId',
  'department.task.supplement-requested': 'taskId',
  'department.task.resumed': 'taskId',
  'department.task.returned': 'taskId',
  'department.task.rejected': 'taskId',
  'department.task.approved': 'taskId',
  'department.charge.refused': 'taskId',
  'department.seal.generated': 'departmentCode',
  'materials.material.reviewed': 'materialId',
  'materials.material.submitted': 'materialId',
  'center.department.created': 'code',
  'center.item.published': 'code',
  'center.bundle.published': 'code',
  'center.fee-entry.approved': 'code',
  'center.fee-entry.withdrawn': 'code',
  'center.staff.registered': 'subject',
  'center.staff.permit-issued': 'subject',
  'center.staff.permit-revoked': 'subject',
  'center.chief-representative.authorized': 'departmentCode',
  'center.chief-representative.revoked': 'departmentCode',
  'center.seal.registered': 'departmentCode',
  'center.seal.revoked': 'departmentCode',
  'center.calendar.changed': 'year',
  'supervision.warning.raised': 'warningId',
  'supervision.violation.recorded': 'violationId',
  'supervision.case.rated': 'caseId',
  'supervision.follow-up.opened': 'followUpId',
  'supervision.follow-up.closed': 'followUpId',
  'staff.act.refused': 'subject',
};

/** Every topic, in the event table's order. */
export const allTopics = Object.keys(eventKeys) as Topic[];
