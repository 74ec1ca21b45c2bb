import type { EntityManager } from '@mikro-orm/postgresql';

/** A fact one subgraph announced, as every consumer receives it. */
export interface HubEvent<Payload = any> {
  /** Position in the hub's event log; unique, increasing within a transaction. */
  position: string;
  /** `<producer>.<entity>.<past-tense verb>`, e.g. `center.item.published`. */
  topic: string;
  /** The entity the event is about, e.g. an item code or a case id. */
  key: string;
  payload: Payload;
  /** The subgraph that published it. */
  producer: string;
  occurredAt: Date;
}

export interface EventConsumer {
  /** Unique in the hub; the consumer's position is kept under this name. */
  name: string;
  /** Exact topics, `prefix.*` for every topic under a prefix, or `*` for every event. */
  topics: string[];
  /**
   * Runs in the transaction that also advances the consumer's position, so its effects are
   * applied once. It must still be idempotent: upsert by what the event names.
   */
  handle(event: HubEvent, em: EntityManager): Promise<void>;
}
