import { departmentSubgraph } from '../../kit';
import { migrations } from './migrations';
import { AmrRegistration } from './registration/registration.entity';
import { registrationByTask } from './registration/registration.loader';
import { AmrRegistrationResolver } from './registration/registration.resolver';

/** Market Regulation: registers market entities and issues their business licences. */
export const amr = departmentSubgraph({
  code: 'AMR',
  name: 'Administration for Market Regulation',
  port: 4015,
  licence: {
    title: 'Business licence',
    materialTypeCode: 'MARKET_ENTITY_LICENCE',
    // A business licence stands for as long as the entity operates.
    validityYears: null,
  },
  entities: [AmrRegistration],
  migrations,
  resolvers: [AmrRegistrationResolver],
  fields: [
    {
      name: 'registration',
      type: () => AmrRegistration,
      nullable: true,
      description: 'The registration, once a reviewer recorded it.',
      resolve: (review, context) => registrationByTask(context).load(review.id),
    },
  ],
  licenceDetails: async (em, task) => {
    const registration = await em.findOne(AmrRegistration, { taskId: task.id });
    return (
      registration && {
        registeredCapital: registration.registeredCapital,
        businessScope: registration.businessScope,
      }
    );
  },
});
