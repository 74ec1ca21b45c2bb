import type { EntityManager } from '@mikro-orm/postgresql';
import type { DeliveredEvent, Topic, TopicPattern, TopicsMatching } from '../../contracts';
import type { EventConsumer } from './hub-event';

/** A consumer as its author writes it: the topics it follows decide the events it is handed. */
export interface ConsumerDefinition<P extends TopicPattern> {
  /** Unique in the hub; the consumer's position is kept under this name. */
  name: string;
  /** Exact topics, `prefix.*` for every topic under a prefix, or `*` for every event. */
  topics: readonly P[];
  /**
   * Runs in the transaction that also advances the consumer's position, so its effects are
   * applied once. It must still be idempotent: upsert by what the event names.
   */
  handle(event: DeliveredEvent<TopicsMatching<P>>, em: EntityManager): Promise<void>;
}

/**
 * Types a consumer by the contract: `event.payload` is what its topic carries, so a payload
 * changed in services/contracts fails to compile here. Delivery only selects by topic; the
 * payload's shape is the publisher's promise, kept by `publishEvent`'s typing.
 */
export function defineConsumer<const P extends TopicPattern>(
  consumer: ConsumerDefinition<P>,
): EventConsumer {
  return { name: consumer.name, topics: [...consumer.topics], handle: consumer.handle };
}

/** One handler per topic, each handed that topic's event. */
export type TopicHandlers<T extends Topic, Args extends unknown[]> = {
  [K in T]: (event: DeliveredEvent<K>, ...args: Args) => Promise<void>;
};

/** Runs the handler of the event's topic, if there is one; says whether there was. */
export async function handleByTopic<T extends Topic, Args extends unknown[]>(
  handlers: Partial<TopicHandlers<T, Args>>,
  event: DeliveredEvent<T>,
  ...args: Args
): Promise<boolean> {
  // TypeScript cannot tie a union of topics to the matching handler; the mapped type above does.
  const handler = handlers[event.topic as T] as
    ((event: DeliveredEvent<T>, ...args: Args) => Promise<void>) | undefined;
  if (!handler) return false;
  await handler(event, ...args);
  return true;
}
