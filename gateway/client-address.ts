import type { IncomingMessage } from 'node:http';

/**
 * The address a request came from, as the gateway's socket saw it. Forwarded-for headers are not
 * read: any client could write one and so pick its own rate-limit bucket.
 */
export function clientAddress(context: unknown): string {
  const request = (context as { req?: IncomingMessage }).req;
  return request?.socket?.remoteAddress ?? 'unknown';
}
