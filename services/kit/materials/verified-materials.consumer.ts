import { defineConsumer } from '../events/define-consumer';
import { recordMaterialReview } from './verified-materials';

/**
 * Add to a subgraph's `consumers` (with `verifiedMaterialsMigration`) to know what is verified.
 * Named after the subgraph that runs it: consumers share one table of positions.
 */
export const verifiedMaterialsConsumer = (subgraph: string) =>
  defineConsumer({
    name: `${subgraph}.verified-materials`,
    topics: ['materials.material.reviewed'],
    handle: (event, em) => recordMaterialReview(em, event.payload),
  });
