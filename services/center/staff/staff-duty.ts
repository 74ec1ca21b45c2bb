import { registerEnumType } from 'type-graphql';
import { Role } from '../../kit';

/** The department roles the center registers staff for; values equal the matching roles. */
export enum StaffDuty {
  WINDOW_CLERK = 'WINDOW_CLERK',
  DEPARTMENT_REVIEWER = 'DEPARTMENT_REVIEWER',
  CHIEF_REPRESENTATIVE = 'CHIEF_REPRESENTATIVE',
}

export const roleOfDuty = (duty: StaffDuty) => duty as string as Role;

registerEnumType(StaffDuty, {
  name: 'StaffDuty',
  description: 'What the center registered a member of department staff to do.',
  valuesConfig: {
    WINDOW_CLERK: { description: 'Accepts applications at a window.' },
    DEPARTMENT_REVIEWER: { description: 'Reviews applications in an approval section.' },
    CHIEF_REPRESENTATIVE: { description: "Signs the department's decisions once authorized." },
  },
});

export enum EvaluationGrade {
  EXCELLENT = 'EXCELLENT',
  COMPETENT = 'COMPETENT',
  BASICALLY_COMPETENT = 'BASICALLY_COMPETENT',
  INCOMPETENT = 'INCOMPETENT',
}

registerEnumType(EvaluationGrade, {
  name: 'EvaluationGrade',
  description: 'The grade of a yearly evaluation of window staff.',
  valuesConfig: {
    EXCELLENT: { description: 'Excellent.' },
    COMPETENT: { description: 'Competent.' },
    BASICALLY_COMPETENT: { description: 'Basically competent.' },
    INCOMPETENT: { description: 'Not competent: the department replaces the person.' },
  },
});
