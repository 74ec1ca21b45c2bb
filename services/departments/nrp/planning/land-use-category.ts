import { registerEnumType } from 'type-graphql';

/** Land use categories of the national land and spatial planning classification (first level). */
export enum NrpLandUseCategory {
  RESIDENTIAL = 'RESIDENTIAL',
  PUBLIC_SERVICES = 'PUBLIC_SERVICES',
  COMMERCIAL = 'COMMERCIAL',
  INDUSTRIAL = 'INDUSTRIAL',
  WAREHOUSING = 'WAREHOUSING',
  TRANSPORT = 'TRANSPORT',
  UTILITIES = 'UTILITIES',
}

registerEnumType(NrpLandUseCategory, {
  name: 'NrpLandUseCategory',
  description: 'What a plot of land may be used for under the spatial plan.',
  valuesConfig: {
    RESIDENTIAL: { description: 'Residential land (居住用地).' },
    PUBLIC_SERVICES: {
      description: 'Public administration and services (公共管理与公共服务用地).',
    },
    COMMERCIAL: { description: 'Commercial and business services (商业服务业用地).' },
    INDUSTRIAL: { description: 'Industrial land (工业用地).' },
    WAREHOUSING: { description: 'Warehousing and logistics (仓储用地).' },
    TRANSPORT: { description: 'Transport land (交通运输用地).' },
    UTILITIES: { description: 'Public utilities (公用设施用地).' },
  },
});
