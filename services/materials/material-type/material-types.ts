/**
 * The canonical material types: reference data the subgraph cannot work without, so a migration
 * writes them (production runs no demo seed). Validity is in months after the review; null means
 * a verified version stays valid until superseded.
 */
export const canonicalMaterialTypes = [
  { code: 'BUSINESS_LICENCE', name: 'Business licence', lead: 'AMR', validityMonths: 12 },
  { code: 'LEGAL_REP_ID', name: "Legal representative's ID card", lead: 'AMR', validityMonths: 60 },
  {
    code: 'ARTICLES_OF_ASSOCIATION',
    name: 'Articles of association',
    lead: 'AMR',
    validityMonths: null,
  },
  {
    code: 'PREMISES_PROOF',
    name: 'Proof of business premises (title or lease)',
    lead: 'AMR',
    validityMonths: 12,
  },
  {
    code: 'LAND_USE_CERTIFICATE',
    name: 'State-owned land use right certificate',
    lead: 'NRP',
    validityMonths: null,
  },
  {
    code: 'PROJECT_PROPOSAL',
    name: 'Project proposal or filing form',
    lead: 'DRC',
    validityMonths: 24,
  },
  {
    code: 'SITE_PLAN',
    name: 'Site plan with planning conditions',
    lead: 'NRP',
    validityMonths: 24,
  },
  {
    code: 'ENVIRONMENTAL_IMPACT_REPORT',
    name: 'Environmental impact report',
    lead: 'EEB',
    validityMonths: 60,
  },
  {
    code: 'CONSTRUCTION_DRAWINGS',
    name: 'Construction drawings with review certificate',
    lead: 'HCB',
    validityMonths: 24,
  },
  { code: 'CONSTRUCTION_CONTRACT', name: 'Construction contract', lead: 'HCB', validityMonths: 12 },
  {
    code: 'FIRE_SAFETY_DESIGN',
    name: 'Fire safety design documents',
    lead: 'HCB',
    validityMonths: 24,
  },
];

/**
 * One material type per kind of licence a department issues through the hub. Reform rule
 * (electronic licences, 电子证照): a licence becomes a verified material of its own type for later
 * applications, never a new version of a prerequisite the applicant handed over, so the next case
 * still reads the report or drawings it needs. Only the hub issues these; nobody uploads them.
 */
export const licenceMaterialTypes = [
  {
    code: 'INVESTMENT_PROJECT_APPROVAL',
    name: 'Approval or filing notice of an investment project',
    lead: 'DRC',
    validityMonths: null,
  },
  { code: 'PLANNING_PERMIT', name: 'Planning permit', lead: 'NRP', validityMonths: null },
  {
    code: 'ENVIRONMENTAL_IMPACT_APPROVAL',
    name: 'Approval of the environmental impact assessment',
    lead: 'EEB',
    validityMonths: null,
  },
  { code: 'CONSTRUCTION_PERMIT', name: 'Construction permit', lead: 'HCB', validityMonths: null },
  {
    code: 'MARKET_ENTITY_LICENCE',
    name: 'Market entity registration or licence',
    lead: 'AMR',
    validityMonths: null,
  },
];
