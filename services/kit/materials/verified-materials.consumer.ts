import { defineConsumer } from '../events/define-consumer';
import { recordMaterialReview } from './verified-materials';

/** Add to a subgraph's `consumers` (with `verifiedMaterialsMigration`) to know what is verified. */
export const verifiedMaterialsConsumer = defineConsumer({
  name: 'kit.verified-materials',
  topics: ['materials.material.reviewed'],
  handle: (event, em) => recordMaterialReview(em, event.payload),
});
