import type { Server } from 'node:http';

/** Stops accepting connections, lets requests in flight finish, then drops idle keep-alives. */
export async function closeServer(server: Server, graceMs = 3000): Promise<void> {
  if (!server.listening) return;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), graceMs);
  await closed;
  clearTimeout(timer);
}
