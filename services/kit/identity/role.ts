import { registerEnumType } from 'type-graphql';

/** What a person may do in the hub; a token carries one or more. */
export enum Role {
  APPLICANT = 'APPLICANT',
  WINDOW_CLERK = 'WINDOW_CLERK',
  DEPARTMENT_REVIEWER = 'DEPARTMENT_REVIEWER',
  CHIEF_REPRESENTATIVE = 'CHIEF_REPRESENTATIVE',
  CENTER_ADMIN = 'CENTER_ADMIN',
  LEGAL_OFFICE = 'LEGAL_OFFICE',
  FEE_AUDITOR = 'FEE_AUDITOR',
  SUPERVISOR = 'SUPERVISOR',
  COORDINATOR = 'COORDINATOR',
}

export const allRoles = Object.values(Role);

/** Every role but the applicant's: the people who work in the hub, who may see each other. */
export const staffRoles: readonly Role[] = allRoles.filter((role) => role !== Role.APPLICANT);

/** Roles whose holders act for one department and only on its work. */
export const departmentRoles: readonly Role[] = [
  Role.WINDOW_CLERK,
  Role.DEPARTMENT_REVIEWER,
  Role.CHIEF_REPRESENTATIVE,
];

registerEnumType(Role, {
  name: 'Role',
  description: 'A role a person holds in the hub.',
  valuesConfig: {
    APPLICANT: { description: 'An enterprise or person applying for items.' },
    WINDOW_CLERK: { description: 'Window staff of the service center, certified by the center.' },
    DEPARTMENT_REVIEWER: { description: "Reviews applications for the person's department." },
    CHIEF_REPRESENTATIVE: { description: "Gives the department's final sign-off." },
    CENTER_ADMIN: { description: 'Administers the service center: catalog, staff, calendar.' },
    LEGAL_OFFICE: { description: 'Reviews the items departments propose for the power list.' },
    FEE_AUDITOR: { description: 'Approves entries of the fee catalog.' },
    SUPERVISOR: { description: 'Supervision bureau: sees every case, warnings and violations.' },
    COORDINATOR: {
      description: 'Service center coordinator: watches every case across departments.',
    },
  },
});
