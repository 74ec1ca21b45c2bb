import 'reflect-metadata';
import { Entity, PrimaryKey } from '@mikro-orm/postgresql';
import { openOrm } from '../../services/kit/database/orm';
import { connectToNats } from '../../services/kit/events/jetstream/event-stream';
import { startEventRelay } from '../../services/kit/events/jetstream/event-relay';

/**
 * A database's relay alone in a process, for tests that kill it (test/faults/kill-relay.test.ts):
 * DATABASE_URL and ONESTOP_NATS_URL say where. With RELAY_KILL_AFTER=n it kills itself (SIGKILL)
 * once JetStream has acknowledged n events it did not have yet, before the relay's position
 * moves past them: the worst moment for a relay to die. It prints one line per acknowledged
 * publish (`published <id> <new|duplicate>`), and `ready` once it runs; SIGTERM stops it.
 */
@Entity({ tableName: 'unused' })
class Unused {
  @PrimaryKey({ type: 'integer' })
  id!: number;
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL!;
  const killAfter = Number(process.env.RELAY_KILL_AFTER || 0);
  const orm = await openOrm({
    schema: 'public',
    entities: [Unused],
    migrations: [],
    databaseUrl,
    poolSize: 2,
  });
  const nats = await connectToNats(process.env.ONESTOP_NATS_URL!, 'onestop test relay');
  let fresh = 0;
  const relay = await startEventRelay(orm, {
    nats,
    databaseUrl,
    retentionDays: 0,
    published(event, ack) {
      process.stdout.write(
        `published ${event.source}:${event.position} ${ack.duplicate ? 'duplicate' : 'new'}\n`,
      );
      if (!ack.duplicate) fresh += 1;
      if (killAfter > 0 && fresh >= killAfter) process.kill(process.pid, 'SIGKILL');
    },
  });
  process.stdout.write('ready\n');
  process.once('SIGTERM', () => {
    relay
      .stop()
      .then(() => nats.drain())
      .then(() => orm.close())
      .then(() => process.exit(0));
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
