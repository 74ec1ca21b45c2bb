import { composeServices as composeWithApollo } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { composeServices as composeWithGuild } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, subgraphSchema, type SubgraphDefinition } from '../services/kit';
import { subgraphs } from '../services/registry';

export const schemaDirectory = join(projectRoot(), 'schema');
const acceptedHintsFile = join(schemaDirectory, 'accepted-hints.json');

/** Where the gateway reaches each subgraph in the default deployment (`npm start`). */
export const routingUrl = (subgraph: SubgraphDefinition) =>
  `http://localhost:${subgraph.port}/graphql`;

export interface Composition {
  /** File name under `schema/` to its content. */
  files: Record<string, string>;
  /** Problems that make composition fail: errors of either composer, unaccepted hints. */
  problems: string[];
}

function acceptedHints(): string[] {
  return existsSync(acceptedHintsFile) ? JSON.parse(readFileSync(acceptedHintsFile, 'utf8')) : [];
}

/**
 * Composes the supergraph with the Guild's composer (what the gateway serves) and cross-checks it
 * with Apollo's, so the same file also runs on Apollo Router or Hive Router.
 */
export async function compose(definitions = subgraphs): Promise<Composition> {
  const services = await Promise.all(
    definitions.map(async (subgraph) => {
      const sdl = printSubgraphSchema(await subgraphSchema(subgraph));
      return { name: subgraph.name, url: routingUrl(subgraph), sdl, typeDefs: parse(sdl) };
    }),
  );
  const files: Record<string, string> = {};
  const problems: string[] = [];
  for (const service of services) files[`${service.name}.graphql`] = `${service.sdl.trim()}\n`;

  const guild = composeWithGuild(services);
  if (guild.errors) problems.push(...guild.errors.map((e) => `composition: ${e.message}`));
  else {
    files['supergraph.graphql'] = `${guild.supergraphSdl.trim()}\n`;
    files['public.graphql'] = `${guild.publicSdl.trim()}\n`;
  }

  const apollo = composeWithApollo(services);
  if (apollo.errors) problems.push(...apollo.errors.map((e) => `apollo composition: ${e.message}`));
  const accepted = acceptedHints();
  for (const hint of apollo.hints ?? []) {
    const text = `${hint.definition.code}: ${hint.message}`;
    if (!accepted.includes(text)) problems.push(`unaccepted hint: ${text}`);
  }
  return { files, problems };
}
