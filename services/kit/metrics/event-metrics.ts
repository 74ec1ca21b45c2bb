import type { MikroORM } from '@mikro-orm/postgresql';
import { Gauge, Histogram, type Registry } from 'prom-client';
import type { EventConsumer } from '../events/hub-event';
import { withoutCountingStatements } from '../database/sql-statements';
import { log } from '../logging/log';
import { consumerTroubles, undeliveredEvents, type ConsumerTrouble } from './consumer-lag';

/** Seconds; a consumer's handler runs inside the delivery transaction. */
const handlingBuckets = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/**
 * The same consumers, each handler timed: `onestop_event_handling_seconds` by consumer, topic
 * and outcome (a failed handler's transaction is rolled back and the event delivered again).
 */
export function timedConsumers(consumers: EventConsumer[], registry: Registry): EventConsumer[] {
  const handling = new Histogram({
    name: 'onestop_event_handling_seconds',
    help: "Time a consumer's handler took for one event, by consumer, topic and outcome.",
    labelNames: ['consumer', 'topic', 'outcome'],
    buckets: handlingBuckets,
    registers: [registry],
  });
  return consumers.map((consumer) => ({
    ...consumer,
    async handle(event, em) {
      const end = handling.startTimer({ consumer: consumer.name, topic: event.topic });
      try {
        await consumer.handle(event, em);
        end({ outcome: 'handled' });
      } catch (error) {
        end({ outcome: 'failed' });
        throw error;
      }
    },
  }));
}

/** `onestop_event_consumer_lag`: events committed but not yet delivered, per consumer, read at each scrape. */
export function registerConsumerLag(
  registry: Registry,
  orm: MikroORM,
  consumers: EventConsumer[],
): void {
  if (!consumers.length) return;
  new Gauge({
    name: 'onestop_event_consumer_lag',
    help: 'Committed events of its topics not yet delivered to the consumer.',
    labelNames: ['consumer'],
    registers: [registry],
    async collect() {
      this.reset();
      try {
        const lag = await withoutCountingStatements(() =>
          undeliveredEvents(orm.em.fork(), consumers),
        );
        for (const [consumer, events] of lag) this.set({ consumer }, events);
      } catch (error) {
        // A scrape while the database is unreachable answers without lag rather than failing.
        log.warn({ error }, 'could not read event consumer lag');
      }
    },
  });
}

/**
 * `onestop_event_parked` (events a consumer gave up on, waiting for an operator's retry) and
 * `onestop_event_consumer_failures` (failed attempts in a row at the event it retries now),
 * per consumer, read at each scrape.
 */
export function registerConsumerTroubles(
  registry: Registry,
  orm: MikroORM,
  consumers: EventConsumer[],
): void {
  if (!consumers.length) return;
  // A scrape collects both gauges at once: they share one read.
  let reading: Promise<Map<string, ConsumerTrouble>> | null = null;
  const read = () =>
    (reading ??= withoutCountingStatements(() => consumerTroubles(orm.em.fork(), consumers))
      .catch((error) => {
        log.warn({ error }, 'could not read parked events');
        return new Map<string, ConsumerTrouble>();
      })
      .finally(() => {
        reading = null;
      }));
  const gauge = (name: string, help: string, value: (trouble: ConsumerTrouble) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['consumer'],
      registers: [registry],
      async collect() {
        this.reset();
        for (const [consumer, trouble] of await read()) this.set({ consumer }, value(trouble));
      },
    });
  gauge(
    'onestop_event_parked',
    'Events the consumer gave up on after its retries, waiting for an operator.',
    (trouble) => trouble.parked,
  );
  gauge(
    'onestop_event_consumer_failures',
    'Failed attempts in a row at the event the consumer is retrying now (0: none).',
    (trouble) => trouble.failures,
  );
}
