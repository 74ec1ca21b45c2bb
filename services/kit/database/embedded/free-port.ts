import { createServer } from 'node:net';

/** Binds `port` on the loopback address for a moment: the port PostgreSQL would listen on. */
function bind(port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(null));
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : null;
      server.close(() => resolve(bound));
    });
  });
}

export const isPortFree = async (port: number) => (await bind(port)) !== null;

/** A port nothing listens on now, chosen by the operating system. */
export async function anyFreePort(): Promise<number> {
  const port = await bind(0);
  if (port === null) throw new Error('No free TCP port on 127.0.0.1.');
  return port;
}
