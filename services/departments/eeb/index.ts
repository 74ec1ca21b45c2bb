import { departmentSubgraph } from '../../kit';
import { EebAssessment } from './assessment/assessment.entity';
import { assessmentByTask } from './assessment/assessment.loader';
import { EebAssessmentResolver } from './assessment/assessment.resolver';
import { migrations } from './migrations';

/** Ecology and Environment: approves a project's environmental impact assessment. */
export const eeb = departmentSubgraph({
  code: 'EEB',
  name: 'Bureau of Ecology and Environment',
  port: 4013,
  licence: {
    title: 'Approval of the environmental impact assessment',
    materialTypeCode: 'ENVIRONMENTAL_IMPACT_APPROVAL',
    // The approval must be reviewed again when construction has not started within five years.
    validityYears: 5,
  },
  entities: [EebAssessment],
  migrations,
  resolvers: [EebAssessmentResolver],
  fields: [
    {
      name: 'assessment',
      type: () => EebAssessment,
      nullable: true,
      description: 'The impact assessment, once a reviewer recorded it.',
      resolve: (review, context) => assessmentByTask(context).load(review.id),
    },
  ],
  licenceDetails: async (em, task) => {
    const assessment = await em.findOne(EebAssessment, { taskId: task.id });
    return (
      assessment && {
        impactCategory: assessment.impactCategory,
        conclusion: assessment.conclusion,
      }
    );
  },
});
