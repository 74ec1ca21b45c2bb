import { Weekday, WindowKind } from '../window/window-kind';

export const demoSections = [
  { code: 'DRC-INVEST', departmentCode: 'DRC', name: 'Investment Project Approval Section' },
  { code: 'DRC-PRICE', departmentCode: 'DRC', name: 'Price and Fee Section' },
  { code: 'NRP-PLANNING', departmentCode: 'NRP', name: 'Planning Permit Section' },
  { code: 'NRP-LAND', departmentCode: 'NRP', name: 'Land Use and Registration Section' },
  { code: 'EEB-EIA', departmentCode: 'EEB', name: 'Environmental Impact Assessment Section' },
  { code: 'HCB-PERMIT', departmentCode: 'HCB', name: 'Construction Permit Section' },
  { code: 'HCB-FIRE', departmentCode: 'HCB', name: 'Fire Protection Design Section' },
  { code: 'AMR-REG', departmentCode: 'AMR', name: 'Market Entity Registration Section' },
  { code: 'AMR-LICENCE', departmentCode: 'AMR', name: 'Food and Product Licence Section' },
];

export const demoWindows = [
  { number: 1, name: 'Investment projects', kind: WindowKind.DEPARTMENT, departmentCode: 'DRC' },
  { number: 2, name: 'Planning and land', kind: WindowKind.DEPARTMENT, departmentCode: 'NRP' },
  { number: 3, name: 'Construction permits', kind: WindowKind.DEPARTMENT, departmentCode: 'HCB' },
  { number: 4, name: 'Business registration', kind: WindowKind.DEPARTMENT, departmentCode: 'AMR' },
  {
    number: 5,
    name: 'Comprehensive window',
    kind: WindowKind.COMPREHENSIVE,
    departmentCode: null,
    shares: [
      { departmentCode: 'EEB', weekdays: [Weekday.MONDAY, Weekday.WEDNESDAY, Weekday.FRIDAY] },
      { departmentCode: 'HCB', weekdays: [Weekday.TUESDAY, Weekday.THURSDAY] },
    ],
  },
];

const permitValidity = { issuedOn: '2026-01-01', expiresOn: '2028-12-31' };

/** Three staff per department; the DRC ones are the demo accounts of `demo-people.ts`. */
export const demoStaff = [
  ['DRC', 'DRC-INVEST', 'Zhao Min', 'Qian Lei', 'Sun Wei'],
  ['NRP', 'NRP-PLANNING', 'Liu Yang', 'Chen Jing', 'Yang Bo'],
  ['EEB', 'EEB-EIA', 'Huang Li', 'Xu Tao', 'He Ping'],
  ['HCB', 'HCB-PERMIT', 'Ma Lin', 'Hu Jun', 'Guo Qiang'],
  ['AMR', 'AMR-REG', 'Lin Xue', 'Luo Dan', 'Gao Feng'],
].flatMap(([departmentCode, sectionCode, clerk, reviewer, chief]) => {
  const prefix = `staff-${departmentCode.toLowerCase()}`;
  return [
    { subject: `${prefix}-clerk`, name: clerk, duty: 'WINDOW_CLERK' },
    { subject: `${prefix}-reviewer`, name: reviewer, duty: 'DEPARTMENT_REVIEWER' },
    { subject: `${prefix}-chief`, name: chief, duty: 'CHIEF_REPRESENTATIVE' },
  ].map((person, index) => ({
    ...person,
    departmentCode,
    sectionCode,
    permit: { number: `WP-2026-${departmentCode}-${index + 1}`, ...permitValidity },
  }));
});

export const demoChiefRepresentatives = ['DRC', 'NRP', 'EEB', 'HCB', 'AMR'].map((code) => ({
  subject: `staff-${code.toLowerCase()}-chief`,
  departmentCode: code,
  scopeAll: true,
  itemCodes: [] as string[],
  validFrom: '2026-01-01',
  validTo: '2028-12-31',
  documentNumber: `${code}-AUTH-2026-001`,
}));

export const demoTraining = {
  title: 'Window service standards and the five ones reform',
  completedOn: '2026-01-09',
  hours: 16,
};
