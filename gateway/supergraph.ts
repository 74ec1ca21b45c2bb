import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../services/kit';

export const supergraphPath = join(projectRoot(), 'schema', 'supergraph.graphql');

export function readSupergraph(path = supergraphPath): string {
  return readFileSync(path, 'utf8');
}

const joinGraph = /(@join__graph\(name: "([^"]+)", url: ")([^"]*)(")/g;

/** Routing URLs as composed, by subgraph name. */
export function routingUrls(supergraphSdl: string): Record<string, string> {
  return Object.fromEntries([...supergraphSdl.matchAll(joinGraph)].map((m) => [m[2], m[3]]));
}

/** Points subgraphs at other addresses than composed (another deployment, or tests). */
export function withRoutingUrls(supergraphSdl: string, urls: Record<string, string>): string {
  return supergraphSdl.replace(joinGraph, (whole, head, name, _url, tail) =>
    urls[name] ? `${head}${urls[name]}${tail}` : whole,
  );
}

/** `CENTER_URL=http://center:4001/graphql` overrides the routing URL of subgraph `center`. */
export function routingUrlsFromEnv(
  env: NodeJS.ProcessEnv,
  names: string[],
): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const name of names) {
    const value = env[`${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL`];
    if (value) urls[name] = value;
  }
  return urls;
}
