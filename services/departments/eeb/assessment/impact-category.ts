import { registerEnumType } from 'type-graphql';

/** The three forms an environmental impact assessment takes, by how much impact is expected. */
export enum EebImpactCategory {
  REPORT = 'REPORT',
  REPORT_FORM = 'REPORT_FORM',
  REGISTRATION_FORM = 'REGISTRATION_FORM',
}

registerEnumType(EebImpactCategory, {
  name: 'EebImpactCategory',
  description: "The form of a project's environmental impact assessment.",
  valuesConfig: {
    REPORT: { description: 'Environmental impact report (报告书): significant impact expected.' },
    REPORT_FORM: {
      description: 'Environmental impact report form (报告表): light impact expected.',
    },
    REGISTRATION_FORM: {
      description: 'Environmental impact registration form (登记表): very small impact.',
    },
  },
});
