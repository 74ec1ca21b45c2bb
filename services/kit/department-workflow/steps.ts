import { DomainError, badInput, conflict } from '../errors/domain-error';
import { Role } from '../identity/role';
import { isValidIsoDate, localDate } from '../calendar/working-calendar';
import { DepartmentReviewStatus } from './review-status';
import { DepartmentStepKind } from './step-kind';
import { departmentTopics } from './task-events';
import type { Step } from './run-step';
import type { DepartmentSupplementRequest } from './supplement-request';
import { WorkflowErrorCode } from './task-lock';
import { verifiedMaterials } from '../materials/verified-materials';

const { OPEN, ACCEPTED, REVIEWED, SUPPLEMENT_REQUESTED, REJECTED } = DepartmentReviewStatus;

const text = (value: string | null | undefined) => (value ?? '').trim();

const sameList = <T>(held: T[], said: T[], same: (a: T, b: T) => boolean) =>
  held.length === said.length && held.every((value, index) => same(value, said[index]));

const sameRequest = (a: DepartmentSupplementRequest, b: DepartmentSupplementRequest) =>
  a.materialTypeCode === b.materialTypeCode && a.reason === b.reason;

/** A window clerk or a reviewer of the department takes the task on. */
export const acceptStep: Step<'department.task.accepted'> = {
  roles: [Role.WINDOW_CLERK, Role.DEPARTMENT_REVIEWER],
  from: [OPEN],
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
    from: [ACCEPTED],
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
    from: [REVIEWED],
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
    from: [ACCEPTED, REVIEWED],
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

export function rejectStep(reasons: string[]): Step<'department.task.rejected'> {
  const given = reasons.map(text);
  if (given.length === 0 || given.some((reason) => !reason)) {
    throw new DomainError(
      WorkflowErrorCode.ReasonsRequired,
      'A rejection states its reasons, none of them blank.',
      { field: 'reasons' },
    );
  }
  return {
    roles: [Role.DEPARTMENT_REVIEWER],
    from: [ACCEPTED, REVIEWED],
    kind: DepartmentStepKind.REJECTED,
    topic: departmentTopics.rejected,
    saysWhatTaskHolds: (task) => sameList(task.rejectionReasons, given, (a, b) => a === b),
    async apply(task, { at, by }) {
      task.status = REJECTED;
      task.rejectionReasons = given;
      task.decidedBy = by;
      task.decidedAt = at;
      return { payload: { reasons: given }, note: given.join('; ') };
    },
  };
}
