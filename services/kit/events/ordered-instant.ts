import type { EntityManager } from '@mikro-orm/postgresql';
import { clock } from '../clock/clock';
import { sql } from '../database/sql';

/**
 * The instant of a revocation, read only once its transaction holds its place in the hub's
 * event order. Events are delivered in transaction order and a sign-off reads its instant before
 * its transaction takes a place, so a sign-off ordered before a revocation is always earlier
 * than it: order and instants never disagree about which came first.
 */
export async function orderedInstant(tx: EntityManager): Promise<Date> {
  await sql(tx, 'select pg_current_xact_id()');
  return clock.now();
}
