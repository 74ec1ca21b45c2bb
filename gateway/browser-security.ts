import type { Plugin } from 'graphql-yoga';
import type { HubConfig } from '../services/kit';

/**
 * Headers a browser client may send that no cross-site form or image can: the gateway asks for
 * one of them on every request a browser would send without a preflight (GET, form and
 * multipart posts), so another site cannot make a signed-in browser run an operation.
 * Upload clients send `apollo-require-preflight` or `x-graphql-csrf` already.
 */
export const csrfHeaders = ['x-graphql-csrf', 'apollo-require-preflight', 'graphql-preflight'];

/** CORS: only the configured origins, and none at all when none is configured. */
export function corsOptions(config: HubConfig) {
  if (config.allowedOrigins.length === 0) return false as const;
  return {
    // Never echoes an origin that is not on the list.
    origin: config.allowedOrigins,
    credentials: true,
    methods: ['POST', 'GET', 'OPTIONS'],
    allowedHeaders: ['authorization', 'content-type', ...csrfHeaders],
    maxAge: 600,
  };
}

/** Headers that keep browsers from sniffing, framing or leaking what the gateway answers. */
export function useSecurityHeaders(config: HubConfig): Plugin {
  const headers: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-resource-policy': 'same-site',
  };
  if (config.production) {
    // Production serves no GraphiQL page, so nothing the gateway answers needs scripts or frames.
    headers['content-security-policy'] = "default-src 'none'; frame-ancestors 'none'";
    headers['strict-transport-security'] = 'max-age=31536000; includeSubDomains';
  }
  return {
    onResponse({ response }) {
      for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    },
  };
}
