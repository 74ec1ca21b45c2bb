import { provisionDatabase, StartupError } from '../services/kit';
import { subgraphs } from '../services/registry';

/**
 * Provisions the database for subgraphs deployed on their own (docker compose, one container
 * each): the event log, one role per subgraph with the password of its
 * `<SUBGRAPH>_DATABASE_URL`, each schema handed to its role, and the grants on the log.
 * Run with the administrator's `DATABASE_URL` before the subgraphs start, and again after a
 * restore or a password change; it changes nothing that is already right. `npm start` does the same
 * by itself.
 */
async function main() {
  // Only the database's settings: this step needs none of the services' secrets.
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    throw new StartupError("Set DATABASE_URL to the database administrator's URL.");
  }
  await provisionDatabase(
    databaseUrl,
    subgraphs.map((subgraph) => subgraph.name),
    { log: (line) => console.log(line) },
  );
}

main().catch((error) => {
  console.error(error instanceof StartupError ? error.message : error);
  process.exit(1);
});
