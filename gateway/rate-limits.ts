import { useRateLimiter } from '@envelop/rate-limiter';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Identity } from '../services/kit';
import { clientAddress } from './client-address';

/**
 * Root fields one client may ask per minute (each alias counts). A signed-in client is its
 * subject, wherever it calls from; an anonymous one is its address.
 */
export function useRateLimits(perMinute: number): Plugin {
  const limit = { max: perMinute, window: '1m' };
  return useRateLimiter({
    identifyFn: (context) =>
      (context as { identity?: Identity }).identity?.subject ?? `address:${clientAddress(context)}`,
    configByField: ['Query', 'Mutation', 'Subscription'].map((type) => ({
      type,
      field: '*',
      ...limit,
      message: `More than ${perMinute} fields a minute: slow down and retry in a minute.`,
    })),
    transformError: (message) =>
      new GraphQLError(message, {
        extensions: {
          code: 'RATE_LIMITED',
          http: { status: 429, headers: { 'Retry-After': '60' } },
        },
      }),
  }) as Plugin;
}
