import { departmentSubgraph } from '../../kit';
import { HcbConstructionScale } from './construction/construction-scale.entity';
import { constructionScaleByTask } from './construction/construction-scale.loader';
import { HcbConstructionScaleResolver } from './construction/construction-scale.resolver';
import { migrations } from './migrations';

/** Housing and Construction: permits construction of a given scale. */
export const hcb = departmentSubgraph({
  code: 'HCB',
  name: 'Bureau of Housing and Urban-Rural Construction',
  port: 4014,
  licence: {
    title: 'Construction permit',
    materialTypeCode: 'CONSTRUCTION_PERMIT',
    validityYears: 1,
  },
  entities: [HcbConstructionScale],
  migrations,
  resolvers: [HcbConstructionScaleResolver],
  fields: [
    {
      name: 'constructionScale',
      type: () => HcbConstructionScale,
      nullable: true,
      description: 'The construction scale, once a reviewer recorded it.',
      resolve: (review, context) => constructionScaleByTask(context).load(review.id),
    },
  ],
  licenceDetails: async (em, task) => {
    const scale = await em.findOne(HcbConstructionScale, { taskId: task.id });
    return (
      scale && {
        floorArea: scale.floorArea,
        storeys: scale.storeys,
        structureType: scale.structureType,
      }
    );
  },
});
