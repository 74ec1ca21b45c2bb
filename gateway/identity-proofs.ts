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
 * Signs every call to a subgraph with a proof of the caller's identity made for that subgraph
 * and that operation alone, just before it is sent (so the proof covers what is sent).
 */
export function useIdentityProofs(
  privateKey: KeyObject,
  subgraphOfUrl: (url: string) => string | undefined,
): GatewayPlugin<{ identity?: Identity }> {
  return {
    // Subscriptions go over one WebSocket per subgraph, shared by every caller: each operation
    // carries its own proof in its extensions (HTTP calls get theirs in onFetch below).
    async onSubgraphExecute({ subgraphName, executionRequest, setExecutionRequest }) {
      if (executionRequest.operationType !== 'subscription') return;
      const context = executionRequest.context as { identity?: Identity } | undefined;
      const proof = await signGatewayProof(context?.identity ?? anonymous, privateKey, {
        subgraph: subgraphName,
        query: printSubgraphDocument(executionRequest.document),
      });
      setExecutionRequest({
        ...executionRequest,
        extensions: { ...executionRequest.extensions, [gatewayProofExtension]: proof },
      });
    },
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
