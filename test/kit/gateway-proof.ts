import {
  gatewayProofHeader,
  gatewaySigningKey,
  readConfig,
  signGatewayProof,
  type Identity,
} from '../../services/kit';

/** The header the gateway would send `subgraph` for `query` on behalf of `identity`. */
export async function gatewayProofHeaders(
  identity: Identity,
  subgraph: string,
  query: string,
): Promise<Record<string, string>> {
  const key = gatewaySigningKey(readConfig());
  return { [gatewayProofHeader]: await signGatewayProof(identity, key, { subgraph, query }) };
}
