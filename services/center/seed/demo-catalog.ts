import type { ItemInput } from '../item/item.input';
import { ItemKind } from '../item/item-kind';
import { StepKind } from '../item/item-step';

const registrationFeeBasis =
  'Notice of the NDRC and the Ministry of Finance on real estate registration fees (Fa Gai Jia Ge Gui [2016] No. 2559)';

export const demoFeeEntries = [
  {
    code: 'FEE-REAL-ESTATE-REG',
    name: 'Real estate registration fee (non-residential)',
    standard: 'CNY 550 per registration',
    legalBasis: registrationFeeBasis,
    approved: true,
  },
  {
    code: 'FEE-CERTIFICATE',
    name: 'Real estate certificate fee, for each certificate beyond the first',
    standard: 'CNY 10 per certificate',
    legalBasis: registrationFeeBasis,
    approved: true,
  },
  {
    code: 'FEE-SURVEY-CHECK',
    name: 'Cadastral survey results check',
    standard: 'CNY 1.20 per square metre of land',
    legalBasis: 'Provincial price bureau notice on cadastral survey charges (draft, under audit)',
    approved: false,
  },
];

const steps = (review: boolean) => [
  { kind: StepKind.ACCEPT, name: 'Accept at the window' },
  ...(review ? [{ kind: StepKind.REVIEW, name: 'Review in the approval section' }] : []),
  { kind: StepKind.SIGN, name: 'Chief representative signs' },
];

const material = (materialTypeCode: string, core = true, mayBeMissingAtAcceptance = false) => ({
  materialTypeCode,
  core,
  mayBeMissingAtAcceptance,
});

type DemoItem = Omit<ItemInput, 'joint' | 'meetingBeforeSign'> & {
  joint?: boolean;
  meetingBeforeSign?: boolean;
};

export const demoItems: DemoItem[] = [
  {
    code: 'DRC-001',
    sectionCode: 'DRC-INVEST',
    name: 'Approval of an enterprise investment project',
    kind: ItemKind.LICENCE,
    legalBasis:
      'Regulations on the Administration of Approval and Filing of Enterprise Investment Projects (State Council Decree No. 673), Articles 6 and 11',
    statutoryLimitDays: 20,
    promisedLimitDays: 10,
    steps: steps(true),
    meetingBeforeSign: true,
    materials: [
      material('PROJECT_PROPOSAL'),
      material('BUSINESS_LICENCE'),
      material('SITE_PLAN', false, true),
    ],
    feeCodes: [],
  },
  {
    code: 'DRC-002',
    sectionCode: 'DRC-INVEST',
    name: 'Filing of an enterprise investment project',
    kind: ItemKind.SERVICE,
    legalBasis:
      'Regulations on the Administration of Approval and Filing of Enterprise Investment Projects (State Council Decree No. 673), Article 13',
    statutoryLimitDays: 5,
    promisedLimitDays: 1,
    steps: steps(false),
    materials: [material('BUSINESS_LICENCE'), material('PROJECT_PROPOSAL')],
    feeCodes: [],
  },
  {
    code: 'NRP-001',
    sectionCode: 'NRP-PLANNING',
    name: 'Construction land planning permit',
    kind: ItemKind.LICENCE,
    legalBasis: 'Urban and Rural Planning Law of the PRC, Articles 37 and 38',
    statutoryLimitDays: 20,
    promisedLimitDays: 8,
    steps: steps(true),
    materials: [
      material('PROJECT_PROPOSAL'),
      material('SITE_PLAN'),
      material('LAND_USE_CERTIFICATE', false, true),
    ],
    feeCodes: [],
  },
  {
    code: 'NRP-002',
    sectionCode: 'NRP-PLANNING',
    name: 'Construction project planning permit',
    kind: ItemKind.LICENCE,
    legalBasis: 'Urban and Rural Planning Law of the PRC, Article 40',
    statutoryLimitDays: 20,
    promisedLimitDays: 10,
    steps: steps(true),
    materials: [
      material('SITE_PLAN'),
      material('CONSTRUCTION_DRAWINGS'),
      material('LAND_USE_CERTIFICATE'),
    ],
    feeCodes: [],
  },
  {
    code: 'NRP-003',
    sectionCode: 'NRP-LAND',
    name: 'First registration of construction land use rights',
    kind: ItemKind.SERVICE,
    legalBasis:
      'Interim Regulations on Real Estate Registration (State Council Decree No. 656), Articles 14 and 20',
    statutoryLimitDays: 30,
    promisedLimitDays: 5,
    steps: steps(true),
    materials: [material('BUSINESS_LICENCE'), material('LAND_USE_CERTIFICATE')],
    feeCodes: ['FEE-REAL-ESTATE-REG', 'FEE-CERTIFICATE'],
  },
  {
    code: 'EEB-001',
    sectionCode: 'EEB-EIA',
    name: 'Approval of the environmental impact report of a construction project',
    kind: ItemKind.LICENCE,
    legalBasis: 'Environmental Impact Assessment Law of the PRC, Articles 22 and 23',
    statutoryLimitDays: 60,
    promisedLimitDays: 20,
    steps: steps(true),
    meetingBeforeSign: true,
    materials: [
      material('ENVIRONMENTAL_IMPACT_REPORT'),
      material('PROJECT_PROPOSAL'),
      material('SITE_PLAN', false, true),
    ],
    feeCodes: [],
  },
  {
    code: 'EEB-002',
    sectionCode: 'EEB-EIA',
    name: 'Filing of the environmental impact registration form',
    kind: ItemKind.SERVICE,
    legalBasis:
      'Environmental Impact Assessment Law of the PRC, Article 22; Measures for the Filing of Environmental Impact Registration Forms of Construction Projects (MEP Order No. 41)',
    statutoryLimitDays: 5,
    promisedLimitDays: 1,
    steps: steps(false),
    materials: [material('BUSINESS_LICENCE'), material('PREMISES_PROOF', false, true)],
    feeCodes: [],
  },
  {
    code: 'HCB-001',
    sectionCode: 'HCB-PERMIT',
    name: 'Construction permit for building works',
    kind: ItemKind.LICENCE,
    legalBasis:
      'Construction Law of the PRC, Articles 7 and 8; Measures for the Administration of Construction Permits for Building Works (MOHURD Order No. 18)',
    statutoryLimitDays: 7,
    promisedLimitDays: 5,
    steps: steps(true),
    materials: [
      material('CONSTRUCTION_DRAWINGS'),
      material('CONSTRUCTION_CONTRACT'),
      material('LAND_USE_CERTIFICATE'),
      material('FIRE_SAFETY_DESIGN', false, true),
    ],
    feeCodes: [],
  },
  {
    code: 'HCB-002',
    sectionCode: 'HCB-FIRE',
    name: 'Fire protection design review of a special construction project',
    kind: ItemKind.LICENCE,
    legalBasis:
      'Fire Protection Law of the PRC, Article 11; Interim Provisions on Fire Protection Design Review and Acceptance of Construction Projects (MOHURD Order No. 51)',
    statutoryLimitDays: 15,
    promisedLimitDays: 10,
    steps: steps(true),
    materials: [material('FIRE_SAFETY_DESIGN'), material('CONSTRUCTION_DRAWINGS')],
    feeCodes: [],
  },
  {
    code: 'AMR-001',
    sectionCode: 'AMR-REG',
    name: 'Registration of the establishment of a company',
    kind: ItemKind.LICENCE,
    legalBasis:
      'Company Law of the PRC, Article 29; Regulations on the Administration of Registration of Market Entities (State Council Decree No. 746), Article 19',
    statutoryLimitDays: 3,
    promisedLimitDays: 1,
    steps: steps(true),
    materials: [
      material('ARTICLES_OF_ASSOCIATION'),
      material('LEGAL_REP_ID'),
      material('PREMISES_PROOF', false, true),
    ],
    feeCodes: [],
  },
  {
    code: 'AMR-002',
    sectionCode: 'AMR-LICENCE',
    name: 'Food business licence',
    kind: ItemKind.LICENCE,
    legalBasis:
      'Food Safety Law of the PRC, Article 35; Administrative Measures for Food Business Licensing and Filing (SAMR Order No. 78)',
    statutoryLimitDays: 10,
    promisedLimitDays: 5,
    steps: steps(true),
    materials: [material('BUSINESS_LICENCE'), material('LEGAL_REP_ID'), material('PREMISES_PROOF')],
    feeCodes: [],
  },
];

export const demoBundles = [
  {
    code: 'START-CONSTRUCTION',
    name: 'Start a construction project',
    description:
      'Everything an enterprise needs before breaking ground: project approval, planning permits, environmental approval and the construction permit, decided in parallel.',
    timeLimitDays: 30,
    itemCodes: ['DRC-001', 'NRP-001', 'NRP-002', 'EEB-001', 'HCB-001'],
    prerequisites: [{ itemCode: 'NRP-002', requiresItemCode: 'NRP-001' }],
  },
  {
    code: 'OPEN-A-BUSINESS',
    name: 'Open a business',
    description:
      'Register a company, obtain its food business licence and file its environmental registration in one application.',
    timeLimitDays: 5,
    itemCodes: ['AMR-001', 'AMR-002', 'EEB-002'],
    prerequisites: [{ itemCode: 'AMR-002', requiresItemCode: 'AMR-001' }],
  },
];
