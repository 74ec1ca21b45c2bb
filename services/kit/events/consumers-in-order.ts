import type { EventConsumer } from './hub-event';

/** Whether a topic matches a consumer's topic list (exact, `prefix.*` or `*`). */
export function topicMatches(topics: string[], topic: string): boolean {
  return topics.some(
    (pattern) =>
      pattern === '*' ||
      pattern === topic ||
      (pattern.endsWith('.*') && topic.startsWith(pattern.slice(0, -1))),
  );
}

/**
 * Several consumers as one: each event goes to every part whose topics match, in the hub's event
 * order across all of them. A decision that must see exactly the facts ordered before it (a
 * sign-off and the revocations before it) reads replicas kept by the same consumer.
 */
export function consumersInOrder(name: string, parts: EventConsumer[]): EventConsumer {
  return {
    name,
    topics: [...new Set(parts.flatMap((part) => part.topics))],
    async handle(event, em) {
      for (const part of parts) {
        if (topicMatches(part.topics, event.topic)) await part.handle(event, em);
      }
    },
  };
}
