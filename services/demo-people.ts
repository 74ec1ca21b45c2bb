import { Role, type Identity } from './kit';

/**
 * The demo accounts `npm start` prints tokens for. Department staff belong to the Development
 * and Reform Commission (DRC); the center's demo data registers them with valid work permits.
 */
export const demoPeople: Record<string, Identity> = {
  applicant: {
    subject: 'demo-applicant',
    name: 'Lin Hua (Riverside Logistics Co., Ltd.)',
    roles: [Role.APPLICANT],
    departmentCode: null,
    // Riverside Logistics Co., Ltd., seeded by the materials subgraph.
    applicantId: '50e2c72a-81d3-42af-a59c-b3c9e16dd83f',
  },
  windowClerk: {
    subject: 'staff-drc-clerk',
    name: 'Zhao Min',
    roles: [Role.WINDOW_CLERK],
    departmentCode: 'DRC',
    applicantId: null,
  },
  departmentReviewer: {
    subject: 'staff-drc-reviewer',
    name: 'Qian Lei',
    roles: [Role.DEPARTMENT_REVIEWER],
    departmentCode: 'DRC',
    applicantId: null,
  },
  chiefRepresentative: {
    subject: 'staff-drc-chief',
    name: 'Sun Wei',
    roles: [Role.CHIEF_REPRESENTATIVE],
    departmentCode: 'DRC',
    applicantId: null,
  },
  centerAdmin: person('demo-center-admin', 'Li Na', Role.CENTER_ADMIN),
  legalOffice: person('demo-legal-office', 'Zhou Jie', Role.LEGAL_OFFICE),
  feeAuditor: person('demo-fee-auditor', 'Wu Fang', Role.FEE_AUDITOR),
  supervisor: person('demo-supervisor', 'Zheng Hao', Role.SUPERVISOR),
  coordinator: person('demo-coordinator', 'Wang Lan', Role.COORDINATOR),
};

function person(subject: string, name: string, role: Role): Identity {
  return { subject, name, roles: [role], departmentCode: null, applicantId: null };
}
