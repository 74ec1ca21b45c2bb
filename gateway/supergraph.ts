import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildASTSchema, parse } from 'graphql';
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

/**
 * Why a supergraph cannot be served (it does not parse, does not build, routes to no subgraph),
 * or null when it can.
 */
export function supergraphProblem(sdl: string): string | null {
  try {
    buildASTSchema(parse(sdl));
  } catch (error) {
    return (error as Error).message;
  }
  return Object.keys(routingUrls(sdl)).length > 0 ? null : 'it routes to no subgraph';
}

const isUrl = (location: string) => /^https?:\/\//i.test(location);

export interface SupergraphChange {
  /** The supergraph to serve, routing URLs overridden. */
  sdl: string;
  added: string[];
  removed: string[];
}

export interface SupergraphSourceOptions {
  /** A file (`schema/supergraph.graphql` by default) or an http(s) URL serving the supergraph. */
  location?: string;
  /** Routing URLs that replace the composed ones, given the subgraphs a supergraph routes to. */
  routingOverrides?: (names: string[]) => Record<string, string>;
  /** Time allowed to a URL's answer. */
  fetchTimeoutMs?: number;
}

/**
 * Where the gateway's supergraph comes from, read again on demand: `check()` reads the file or
 * URL and answers the change when it is new and loads, so a gateway picks up a supergraph a
 * deployment composed without a restart. A supergraph that fails to load is no change: the
 * previous one is kept, and the problem is thrown for the caller to log.
 */
export class SupergraphSource {
  /** The supergraph served now, routing URLs overridden. */
  current: string;
  private raw: string;

  private constructor(
    readonly location: string,
    private readonly options: SupergraphSourceOptions,
    raw: string,
  ) {
    this.raw = raw;
    this.current = this.served(raw);
  }

  /** Reads the first supergraph; one that fails to load stops the gateway from starting. */
  static async open(options: SupergraphSourceOptions = {}): Promise<SupergraphSource> {
    const location = options.location || supergraphPath;
    const raw = await fetchSupergraph(location, options.fetchTimeoutMs);
    const problem = supergraphProblem(raw);
    if (problem) throw new Error(`The supergraph at ${location} does not load: ${problem}`);
    return new SupergraphSource(location, options, raw);
  }

  /** Undoes the last change (the runtime refused the supergraph `check()` accepted). */
  revert(previous: { raw: string; current: string }): void {
    this.raw = previous.raw;
    this.current = previous.current;
  }

  /**
   * Reads the location again: null when the supergraph is unchanged, the change when a new one
   * loads (it is then `current`); throws, keeping the current one, when the new one does not.
   */
  async check(): Promise<
    (SupergraphChange & { previous: { raw: string; current: string } }) | null
  > {
    const raw = await fetchSupergraph(this.location, this.options.fetchTimeoutMs);
    if (raw === this.raw) return null;
    const problem = supergraphProblem(raw);
    if (problem) throw new Error(`The supergraph at ${this.location} does not load: ${problem}`);
    const previous = { raw: this.raw, current: this.current };
    const before = Object.keys(routingUrls(previous.current));
    this.raw = raw;
    this.current = this.served(raw);
    const after = Object.keys(routingUrls(this.current));
    return {
      sdl: this.current,
      added: after.filter((name) => !before.includes(name)),
      removed: before.filter((name) => !after.includes(name)),
      previous,
    };
  }

  private served(raw: string): string {
    const names = Object.keys(routingUrls(raw));
    return withRoutingUrls(raw, this.options.routingOverrides?.(names) ?? {});
  }
}

async function fetchSupergraph(location: string, timeoutMs = 10_000): Promise<string> {
  if (!isUrl(location)) return readFile(location, 'utf8');
  const response = await fetch(location, { signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`${location} answered ${response.status}`);
  }
  return response.text();
}
