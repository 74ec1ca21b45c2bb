import {
  DepartmentReviewStatus,
  assertStatus,
  type DepartmentTask,
} from '../../services/kit/department-workflow';
import type { DepartmentDefinition } from '../../services/kit/department-workflow';
import {
  acceptStep,
  meetingStep,
  rejectStep,
  reviewStep,
  supplementStep,
} from '../../services/kit/department-workflow/steps';
import { signStep } from '../../services/kit/department-workflow/sign-step';
import type { Step } from '../../services/kit/department-workflow/run-step';
import { DomainError } from '../../services/kit';

const { OPEN, ACCEPTED, REVIEWED, SUPPLEMENT_REQUESTED, APPROVED, REJECTED, CANCELLED } =
  DepartmentReviewStatus;

const steps: Record<string, Step> = {
  accept: acceptStep,
  review: reviewStep('Conforms.'),
  meeting: meetingStep('2026-03-04', 'Agreed.'),
  supplement: supplementStep([{ materialTypeCode: 'SITE_PLAN', reason: 'Unreadable.' }], 'NRP'),
  reject: rejectStep('EEB', ['The site plan is missing.']),
  sign: signStep({ code: 'EEB' } as DepartmentDefinition),
};

// An item published with all three steps: accept, review, sign.
const task = (status: DepartmentReviewStatus) =>
  ({
    id: 'task-1',
    status,
    items: [{ code: 'EEB-001', steps: ['ACCEPT', 'REVIEW', 'SIGN'] }],
  }) as unknown as DepartmentTask;

const refusal = (step: Step, status: DepartmentReviewStatus) => {
  try {
    assertStatus(task(status), step.from(task(status)));
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return error.code;
  }
};

describe('the order of a department task', () => {
  it('goes accept, review, (meeting), sign', () => {
    expect(refusal(steps.accept, OPEN)).toBeNull();
    expect(refusal(steps.review, ACCEPTED)).toBeNull();
    expect(refusal(steps.meeting, REVIEWED)).toBeNull();
    expect(refusal(steps.sign, REVIEWED)).toBeNull();
  });

  it('asks for a supplement or rejects only once accepted and before the decision', () => {
    for (const step of [steps.supplement, steps.reject]) {
      expect(refusal(step, ACCEPTED)).toBeNull();
      expect(refusal(step, REVIEWED)).toBeNull();
      expect(refusal(step, OPEN)).toBe('STEP_OUT_OF_ORDER');
      expect(refusal(step, SUPPLEMENT_REQUESTED)).toBe('STEP_OUT_OF_ORDER');
    }
  });

  it('refuses a step taken too early as out of order', () => {
    expect(refusal(steps.review, OPEN)).toBe('STEP_OUT_OF_ORDER');
    expect(refusal(steps.sign, ACCEPTED)).toBe('STEP_OUT_OF_ORDER');
    expect(refusal(steps.sign, SUPPLEMENT_REQUESTED)).toBe('STEP_OUT_OF_ORDER');
    expect(refusal(steps.accept, ACCEPTED)).toBe('STEP_OUT_OF_ORDER');
  });

  it('refuses every step on a decided or cancelled task as a conflict', () => {
    for (const step of Object.values(steps)) {
      for (const closed of [APPROVED, REJECTED, CANCELLED]) {
        expect(refusal(step, closed)).toBe('CONFLICT');
      }
    }
  });

  it('publishes each step under its own topic', () => {
    expect(Object.fromEntries(Object.entries(steps).map(([name, s]) => [name, s.topic]))).toEqual({
      accept: 'department.task.accepted',
      review: 'department.task.reviewed',
      meeting: 'department.task.meeting-recorded',
      supplement: 'department.task.supplement-requested',
      reject: 'department.task.rejected',
      sign: 'department.task.approved',
    });
  });

  it('refuses blank input before any task is read', () => {
    const code = (make: () => unknown) => {
      try {
        make();
        return null;
      } catch (error) {
        return (error as DomainError).code;
      }
    };
    expect(code(() => reviewStep('   '))).toBe('BAD_USER_INPUT');
    expect(code(() => meetingStep('4 March', 'Agreed.'))).toBe('BAD_USER_INPUT');
    expect(code(() => rejectStep('EEB', []))).toBe('REASONS_REQUIRED');
    expect(code(() => supplementStep([], 'NRP'))).toBe('BAD_USER_INPUT');
  });
});
