import { registerEnumType } from 'type-graphql';

export enum ViolationKind {
  LATE_STEP = 'LATE_STEP',
  SIGN_WITHOUT_REVIEW = 'SIGN_WITHOUT_REVIEW',
  ACT_WITHOUT_PERMIT = 'ACT_WITHOUT_PERMIT',
  ACT_BY_UNREGISTERED_STAFF = 'ACT_BY_UNREGISTERED_STAFF',
  ACT_OUTSIDE_DEPARTMENT = 'ACT_OUTSIDE_DEPARTMENT',
  SIGN_BY_UNAUTHORIZED = 'SIGN_BY_UNAUTHORIZED',
  SIGN_WITH_REVOKED_SEAL = 'SIGN_WITH_REVOKED_SEAL',
  FEE_OUTSIDE_CATALOG = 'FEE_OUTSIDE_CATALOG',
  REJECTION_WITHOUT_REASONS = 'REJECTION_WITHOUT_REASONS',
  OFF_SYSTEM_HANDLING = 'OFF_SYSTEM_HANDLING',
  COMMITMENT_OVERDUE = 'COMMITMENT_OVERDUE',
}

registerEnumType(ViolationKind, {
  name: 'ViolationKind',
  description: 'What rule an act broke.',
  valuesConfig: {
    LATE_STEP: { description: "A step taken after the task's time limit ran out." },
    SIGN_WITHOUT_REVIEW: { description: 'A task signed off with no review recorded before.' },
    ACT_WITHOUT_PERMIT: {
      description:
        'An act, or an attempt the hub refused, by a person holding no valid work permit at the time.',
    },
    ACT_BY_UNREGISTERED_STAFF: {
      description:
        "An act (refused) by a person the center's staff registry does not register for that role in that department.",
    },
    ACT_OUTSIDE_DEPARTMENT: {
      description: "An act (refused) by staff on another department's work.",
    },
    SIGN_BY_UNAUTHORIZED: {
      description:
        "A sign-off by someone other than the department's authorized chief representative for the item.",
    },
    SIGN_WITH_REVOKED_SEAL: {
      description:
        'A sign-off sealed with an approval seal the center had revoked before it; the joint approval refused it.',
    },
    FEE_OUTSIDE_CATALOG: {
      description: 'A fee charged that is not an approved fee catalog entry.',
    },
    REJECTION_WITHOUT_REASONS: { description: 'A rejection that gives no reasons.' },
    OFF_SYSTEM_HANDLING: {
      description: 'A licence or decision for a case or task the hub never handled.',
    },
    COMMITMENT_OVERDUE: {
      description:
        'A material a case was accepted without under commitment (容缺受理) was still not verified when its deadline passed.',
    },
  },
});
