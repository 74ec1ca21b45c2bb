import { departmentSubgraph } from '../../kit';
import { migrations } from './migrations';
import { DrcProject } from './project/project.entity';
import { projectByTask } from './project/project.loader';
import { DrcProjectResolver } from './project/project.resolver';

/** Development and Reform Commission: admits investment projects by filing or approval. */
export const drc = departmentSubgraph({
  code: 'DRC',
  name: 'Development and Reform Commission',
  port: 4011,
  licence: {
    title: 'Investment project filing or approval notice',
    materialTypeCode: 'INVESTMENT_PROJECT_APPROVAL',
    // A filed or approved project not started within two years must be admitted again.
    validityYears: 2,
  },
  entities: [DrcProject],
  migrations,
  resolvers: [DrcProjectResolver],
  fields: [
    {
      name: 'project',
      type: () => DrcProject,
      nullable: true,
      description: 'The investment project, once a reviewer recorded it.',
      resolve: (review, context) => projectByTask(context).load(review.id),
    },
  ],
  licenceDetails: async (em, task) => {
    const project = await em.findOne(DrcProject, { taskId: task.id });
    return (
      project && {
        projectCode: project.projectCode,
        totalInvestment: project.totalInvestment,
        procedure: project.procedure,
      }
    );
  },
});
