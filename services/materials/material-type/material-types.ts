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
