import { dropTemplates } from './database';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { embeddedPostgres?: { stop(): Promise<void> } })
    .embeddedPostgres;
  // An embedded server's folder goes with it; a server of the caller's keeps only what tests drop.
  if (embedded) await embedded.stop();
  else await dropTemplates();
}
