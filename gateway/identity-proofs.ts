import type { KeyObject } from 'node:crypto';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { DocumentNode } from 'graphql';
import { defaultPrintFn } from '@graphql-tools/executor-common';
import {
  anonymous,
  gatewayProofExtension,
  gatewayProofHeader,
  signGatewayProof,
  type Identity,
} from '../services/kit';

/**
 * The text of a subscription as the WebSocket transport sends it to a subgraph (it prints with
 * this function), so the proof covers exactly the text the subgraph receives.
 */
export const printSubgraphDocument = (document: DocumentNode): string => defaultPrintFn(document);

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
 * The subgraph a URL the gateway fetches belongs to: its routing URL, with or without a query
 * string (a GET carries its operation there). None when no subgraph, or more than one, is
 * routed there: the call then goes without a proof and the subgraph refuses it.
 */
export function subgraphsByUrl(
  routing: Record<string, string>,
): (url: string) => string | undefined {
  const byUrl = new Map<string, string | null>();
  for (const [name, url] of Object.entries(routing)) {
    const key = withoutQuery(url);
    byUrl.set(key, byUrl.has(key) ? null : name);
  }
  return (url) => byUrl.get(withoutQuery(url)) ?? undefined;
}

function withoutQuery(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.search = '';
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
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
    // Subscriptions go over one WebSocket per subgraph, shared by every caller: each operation
    // carries its own proof in its extensions (HTTP calls get theirs in onFetch below). The hook
    // returns at once for anything else: no call waits on it.
    onSubgraphExecute({ subgraphName, executionRequest, setExecutionRequest }) {
      if (executionRequest.operationType !== 'subscription') return;
      const context = executionRequest.context as { identity?: Identity } | undefined;
      return signGatewayProof(context?.identity ?? anonymous, privateKey, {
        subgraph: subgraphName,
        query: printSubgraphDocument(executionRequest.document),
      }).then((proof) =>
        setExecutionRequest({
          ...executionRequest,
          extensions: { ...executionRequest.extensions, [gatewayProofExtension]: proof },
        }),
      );
    },
    // The proof is made for the subgraph at the address this request goes to, never for the
    // `executionRequest` the runtime offers here: it reads that from the resolver info the
    // request was planned under, which sibling calls share (entity fetches of two subgraphs for
    // one parent field, batched under the first request's info), and each subgraph call writes
    // itself into it, so by the time of the fetch it can name another subgraph's call.
    async onFetch({ url, options, setOptions, context }) {
      const subgraph = subgraphOfUrl(url);
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
