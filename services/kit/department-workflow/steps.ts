import { DomainError, badInput, conflict } from '../errors/domain-error';
import { Role } from '../identity/role';
import { assertChiefRepresentative } from '../staff/assert-may-act';
import type { RequestContext } from '../context/request-context';
import type { DepartmentTask } from './department-task.entity';
import { taskHasStep } from './published-steps';
import { isValidIsoDate, localDate } from '../calendar/working-calendar';
import { DepartmentReviewStatus } from './review-status';
import { DepartmentStepKind } from './step-kind';
import { departmentTopics } from './task-events';
import type { Step } from './run-step';
import type { DepartmentSupplementRequest } from './supplement-request';
import { WorkflowErrorCode } from './task-lock';
import { verifiedMaterials } from '../materials/verified-materials';

const { OPEN, ACCEPTED, REVIEWED, SUPPLEMENT_REQUESTED, REJECTED } = DepartmentReviewStatus;

/** Where a task stands once accepted and, if its items publish a review, reviewed: ready to sign. */
export const readyToSign = (task: DepartmentTask): readonly DepartmentReviewStatus[] =>
  taskHasStep(task, 'REVIEW') ? [REVIEWED] : [ACCEPTED];

const text = (value: string | null | undefined) => (value ?? '').trim();

const sameList = <T>(held: T[], said: T[], same: (a: T, b: T) => boolean) =>
  held.length === said.length && held.every((value, index) => same(value, said[index]));

const sameRequest = (a: DepartmentSupplementRequest, b: DepartmentSupplementRequest) =>
  a.materialTypeCode === b.materialTypeCode && a.reason === b.reason;

/** A window clerk or a reviewer of the department takes the task on. */
export const acceptStep: Step<'department.task.accepted'> = {
  roles: [Role.WINDOW_CLERK, Role.DEPARTMENT_REVIEWER],
  from: () => [OPEN],
  published: 'ACCEPT',
  kind: DepartmentStepKind.ACCEPTED,
  topic: departmentTopics.accepted,
  async apply(task, { at, by }) {
    task.status = ACCEPTED;
    task.acceptedBy = by;
    task.acceptedAt = at;
    return { payload: {}, note: null };
  },
};

export function reviewStep(opinion: string): Step<'department.task.reviewed'> {
  const said = text(opinion);
  if (!said) throw badInput('A review needs an opinion.', { field: 'opinion' });
  return {
    roles: [Role.DEPARTMENT_REVIEWER],
    from: () => [ACCEPTED],
    published: 'REVIEW',
    kind: DepartmentStepKind.REVIEWED,
    topic: departmentTopics.reviewed,
    saysWhatTaskHolds: (task) => task.opinion === said,
    async apply(task, { at, by }) {
      task.status = REVIEWED;
      task.opinion = said;
      task.reviewedBy = by;
      task.reviewedAt = at;
      return { payload: { opinion: said }, note: said };
    },
  };
}

export function meetingStep(
  heldOn: string,
  minutes: string,
): Step<'department.task.meeting-recorded'> {
  const recorded = text(minutes);
  if (!isValidIsoDate(heldOn)) throw badInput('heldOn must be a date, YYYY-MM-DD.', { heldOn });
  if (!recorded) throw badInput('A meeting needs its minutes.', { field: 'minutes' });
  return {
    roles: [Role.DEPARTMENT_REVIEWER],
    from: readyToSign,
    kind: DepartmentStepKind.MEETING_RECORDED,
    topic: departmentTopics.meetingRecorded,
    saysWhatTaskHolds: (task) => task.meetingHeldOn === heldOn && task.meetingMinutes === recorded,
    async authorize(task, _context, at) {
      if (!task.meetingRequired) {
        throw new DomainError(
          WorkflowErrorCode.MeetingNotRequired,
          `No item of task ${task.id} needs a meeting.`,
          { taskId: task.id },
        );
      }
      if (task.meetingRecordedAt) {
        throw conflict(`The meeting of task ${task.id} is already recorded.`, { taskId: task.id });
      }
      if (heldOn > localDate(at)) {
        throw badInput('A meeting is recorded after it was held.', { heldOn });
      }
    },
    async apply(task, { at, by }) {
      task.meetingHeldOn = heldOn;
      task.meetingMinutes = recorded;
      task.meetingRecordedBy = by;
      task.meetingRecordedAt = at;
      return { payload: { heldOn, minutes: recorded }, note: recorded };
    },
  };
}

export function supplementStep(
  requests: DepartmentSupplementRequest[],
  departmentCode: string,
): Step<'department.task.supplement-requested'> {
  const asked = requests.map((request) => ({
    materialTypeCode: text(request.materialTypeCode),
    reason: text(request.reason),
  }));
  if (asked.length === 0 || asked.some((request) => !request.materialTypeCode || !request.reason)) {
    throw badInput('A supplement request names each material and why it is needed.', {
      field: 'requests',
    });
  }
  const codes = [...new Set(asked.map((request) => request.materialTypeCode))];
  if (codes.length !== asked.length) {
    throw badInput('A supplement request names each material once.', { field: 'requests' });
  }
  return {
    roles: [Role.DEPARTMENT_REVIEWER],
    from: () => [ACCEPTED, REVIEWED],
    kind: DepartmentStepKind.SUPPLEMENT_REQUESTED,
    topic: departmentTopics.supplementRequested,
    // Reform rule (supplement requests, 补正, and once-only materials): a department asks only
    // for what its items need (a type that does not exist is needed by no item), and never
    // again for a material its lead department already reviewed and verified once for all.
    async authorize(task, { em }) {
      const unneeded = codes.filter((code) => !task.materialTypeCodes.includes(code));
      if (unneeded.length > 0) {
        throw new DomainError(
          'SUPPLEMENT_NOT_NEEDED',
          `The items of this task need no ${unneeded.join(', ')}; ask only for what they need (${task.materialTypeCodes.join(', ') || 'nothing'}).`,
          { materialTypeCodes: unneeded, needed: task.materialTypeCodes },
        );
      }
      const verified = (await verifiedMaterials(em, task.applicantId, codes)).filter(
        (material) => material.departmentCode !== departmentCode,
      );
      if (verified.length > 0) {
        throw new DomainError(
          'MATERIAL_ALREADY_VERIFIED',
          `Already reviewed and verified once for all: ${verified.map((v) => `${v.materialTypeCode} by ${v.departmentCode}`).join(', ')}. Ask its lead department, not the applicant.`,
          { verified },
        );
      }
    },
    saysWhatTaskHolds: (task) => sameList(task.supplementRequests, asked, sameRequest),
    async apply(task, { at }) {
      task.status = SUPPLEMENT_REQUESTED;
      task.pausedSince = at;
      task.supplementRequests = asked;
      return {
        payload: { requests: asked },
        note: asked.map((request) => `${request.materialTypeCode}: ${request.reason}`).join('; '),
      };
    },
  };
}

function givenReasons(reasons: string[], what: string): string[] {
  const given = reasons.map(text);
  if (given.length === 0 || given.some((reason) => !reason)) {
    throw new DomainError(
      WorkflowErrorCode.ReasonsRequired,
      `${what} states its reasons, none of them blank.`,
      { field: 'reasons' },
    );
  }
  return given;
}

/** A chief representative decides only for the items they are authorized for, at that moment. */
export async function assertChiefForTask(
  task: DepartmentTask,
  context: RequestContext,
  departmentCode: string,
  at: Date,
): Promise<void> {
  for (const itemCode of new Set(task.items.map((item) => item.code))) {
    await assertChiefRepresentative(context, { departmentCode, itemCode, at });
  }
}

/**
 * A reviewer, or the chief representative who will not sign, rejects the task with reasons. A
 * chief representative does so only within their authorization.
 */
export function rejectStep(
  departmentCode: string,
  reasons: string[],
): Step<'department.task.rejected'> {
  const given = givenReasons(reasons, 'A rejection');
  return {
    roles: [Role.DEPARTMENT_REVIEWER, Role.CHIEF_REPRESENTATIVE],
    from: () => [ACCEPTED, REVIEWED],
    kind: DepartmentStepKind.REJECTED,
    topic: departmentTopics.rejected,
    saysWhatTaskHolds: (task) => sameList(task.rejectionReasons, given, (a, b) => a === b),
    async authorize(task, context, at, duty) {
      if (duty === Role.CHIEF_REPRESENTATIVE) {
        await assertChiefForTask(task, context, departmentCode, at);
      }
    },
    async apply(task, { at, by }) {
      task.status = REJECTED;
      task.rejectionReasons = given;
      task.decidedBy = by;
      task.decidedAt = at;
      return { payload: { reasons: given }, note: given.join('; ') };
    },
  };
}

/**
 * The chief representative sends a task ready to sign back to review, with reasons: the
 * reviewer reviews again (and the meeting, if one is needed, is held again) before any sign-off.
 */
export function returnStep(
  departmentCode: string,
  reasons: string[],
): Step<'department.task.returned'> {
  const given = givenReasons(reasons, 'A return to review');
  return {
    roles: [Role.CHIEF_REPRESENTATIVE],
    from: readyToSign,
    published: 'REVIEW',
    kind: DepartmentStepKind.RETURNED,
    topic: departmentTopics.returned,
    async authorize(task, context, at) {
      await assertChiefForTask(task, context, departmentCode, at);
    },
    async apply(task) {
      task.status = ACCEPTED;
      task.opinion = null;
      task.reviewedBy = null;
      task.reviewedAt = null;
      task.meetingHeldOn = null;
      task.meetingMinutes = null;
      task.meetingRecordedBy = null;
      task.meetingRecordedAt = null;
      return { payload: { reasons: given }, note: given.join('; ') };
    },
  };
}
