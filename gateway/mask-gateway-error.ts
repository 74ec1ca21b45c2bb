import { GraphQLError } from 'graphql';
import { maskError } from '../services/kit';

/** Codes the gateway runtime gives a call to a subgraph that failed on the way. */
const transportCodes = new Set([
  'SUBREQUEST_HTTP_ERROR',
  'DOWNSTREAM_SERVICE_ERROR',
  'GATEWAY_TIMEOUT',
]);

/**
 * The kit's masking, and one more rule for the gateway: a subgraph call that failed on the way
 * (refused connection, timeout, bad answer) tells the client which service failed and nothing
 * else; the runtime's message names the internal address and its extensions carry the query
 * sent. The whole error is logged here for the operator.
 */
export function maskGatewayError(error: unknown): Error {
  const masked = maskError(error);
  if (!(masked instanceof GraphQLError)) return masked;
  const { code, serviceName, request, response } = masked.extensions ?? {};
  if (!transportCodes.has(code as string) && request === undefined && response === undefined) {
    return masked;
  }
  console.error('[onestop] subgraph call failed', serviceName, masked.message, request);
  return new GraphQLError(
    `The ${serviceName ?? 'service'} service could not answer; retry shortly.`,
    {
      nodes: masked.nodes,
      path: masked.path,
      extensions: {
        // A timeout keeps its own code: the client may retry it differently.
        code: code === 'GATEWAY_TIMEOUT' ? code : 'DOWNSTREAM_SERVICE_ERROR',
        ...(serviceName ? { serviceName } : {}),
      },
    },
  );
}
