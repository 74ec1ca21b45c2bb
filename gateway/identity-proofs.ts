import type { KeyObject } from 'node:crypto';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { anonymous, gatewayProofHeader, signGatewayProof, type Identity } from '../services/kit';

/** The GraphQL document a subgraph call carries, wherever the transport put it. */
function sentQuery(url: string, body: unknown): string {
  if (typeof body === 'string') return String(JSON.parse(body).query ?? '');
  // Multipart (uploads): the transport's own FormData class, so recognised by its shape.
  if (body && typeof (body as FormData).get === 'function') {
    const operations = (body as FormData).get('operations');
    return typeof operations === 'string' ? String(JSON.parse(operations).query ?? '') : '';
  }
  return new URL(url).searchParams.get('query') ?? '';
}

/**
 * Signs every call to a subgraph with a proof of the caller's identity made for that subgraph
 * and that operation alone, just before it is sent (so the proof covers what is sent).
 */
export function useIdentityProofs(
  privateKey: KeyObject,
  subgraphOfUrl: (url: string) => string | undefined,
): GatewayPlugin<{ identity?: Identity }> {
  return {
    async onFetch({ url, options, setOptions, context, executionRequest }) {
      const subgraph = executionRequest?.subgraphName ?? subgraphOfUrl(url);
      if (!subgraph) return;
      const identity = ('identity' in context ? context.identity : undefined) ?? anonymous;
      const proof = await signGatewayProof(identity, privateKey, {
        subgraph,
        query: sentQuery(url, options.body),
      });
      setOptions({ ...options, headers: { ...options.headers, [gatewayProofHeader]: proof } });
    },
  };
}
