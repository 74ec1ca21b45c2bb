import { departmentSubgraph } from '../../kit';
import { migrations } from './migrations';
import { NrpPlanning } from './planning/planning.entity';
import { planningByTask } from './planning/planning.loader';
import { NrpPlanningResolver } from './planning/planning.resolver';

/** Natural Resources and Planning: sets the planning conditions of the land a project uses. */
export const nrp = departmentSubgraph({
  code: 'NRP',
  name: 'Bureau of Natural Resources and Planning',
  port: 4012,
  licence: {
    title: 'Construction land planning permit',
    materialTypeCode: 'PLANNING_PERMIT',
    validityYears: 2,
  },
  entities: [NrpPlanning],
  migrations,
  resolvers: [NrpPlanningResolver],
  fields: [
    {
      name: 'planning',
      type: () => NrpPlanning,
      nullable: true,
      description: 'The planning conditions, once a reviewer recorded them.',
      resolve: (review, context) => planningByTask(context).load(review.id),
    },
  ],
  licenceDetails: async (em, task) => {
    const planning = await em.findOne(NrpPlanning, { taskId: task.id });
    return (
      planning && {
        landArea: planning.landArea,
        plotRatio: planning.plotRatio,
        landUseCategory: planning.landUseCategory,
      }
    );
  },
});
