import type { IncomingMessage } from 'node:http';
import { HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../errors/error-catalog';

/**
 * Bytes a subgraph reads of one request body. The gateway refuses callers' bodies over 1 MiB
 * (JSON) and 21 MiB (uploads, files up to 20 MiB) before any subgraph is called; this bound
 * only keeps a subgraph whole if something else reaches it.
 */
export const maxBodyBytes = 32 * 1024 * 1024;

/** A GraphQL request read off the wire: what Apollo Server executes, and the document's text. */
export interface ReadRequest {
  http: HTTPGraphQLRequest;
  /** The operation's text as sent: the gateway's identity proof covers exactly this. */
  query: string | undefined;
}

export const httpRefusal = (code: ErrorCode, message: string, status: number) =>
  new GraphQLError(message, { extensions: { code, http: { status } } });

async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (declared > limit) {
    throw httpRefusal('PAYLOAD_TOO_LARGE', `The request body is larger than ${limit} bytes.`, 413);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > limit) {
      throw httpRefusal(
        'PAYLOAD_TOO_LARGE',
        `The request body is larger than ${limit} bytes.`,
        413,
      );
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const badRequest = (message: string) => httpRefusal('BAD_USER_INPUT', message, 400);

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest(`${what} is not valid JSON.`);
  }
}

const unsafeKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** Puts `file` at `variables.a.0.b` in the operation, as the multipart request's map says. */
function place(operation: Record<string, unknown>, path: string, file: File): void {
  const keys = path.split('.');
  if (keys[0] !== 'variables' || keys.length < 2 || keys.some((key) => unsafeKeys.has(key))) {
    throw badRequest(`The multipart map names a path outside the variables: ${path}.`);
  }
  let target = operation as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    const next = target[key];
    if (typeof next !== 'object' || next === null) {
      throw badRequest(`The multipart map names a path the operation does not have: ${path}.`);
    }
    target = next as Record<string, unknown>;
  }
  target[keys.at(-1)!] = file;
}

/**
 * A GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec):
 * `operations` (one operation, its file variables null), `map` (which part goes where), then the
 * files, each delivered to the resolver as a Fetch API `File`.
 */
async function readMultipart(contentType: string, body: Buffer) {
  let form: FormData;
  try {
    form = await new Request('http://subgraph/graphql', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: body as unknown as BodyInit,
    }).formData();
  } catch {
    throw badRequest('The multipart request could not be read.');
  }
  const operations = form.get('operations');
  if (typeof operations !== 'string') throw badRequest('The multipart request has no operations.');
  const operation = parseJson(operations, 'operations');
  if (typeof operation !== 'object' || operation === null || Array.isArray(operation)) {
    throw badRequest('A multipart request carries one operation.');
  }
  const mapPart = form.get('map');
  const map = typeof mapPart === 'string' ? parseJson(mapPart, 'map') : {};
  if (typeof map !== 'object' || map === null) throw badRequest('The multipart map is malformed.');
  for (const [name, paths] of Object.entries(map as Record<string, unknown>)) {
    const file = form.get(name);
    if (!(file instanceof File)) throw badRequest(`The multipart request has no file ${name}.`);
    if (!Array.isArray(paths)) throw badRequest('The multipart map is malformed.');
    for (const path of paths) place(operation as Record<string, unknown>, String(path), file);
  }
  return operation as Record<string, unknown>;
}

/**
 * Reads a request to `/graphql` into what Apollo Server executes: a JSON body, a GET's query
 * string, or a multipart upload, whose files become the variables' values. A multipart request
 * is a "simple" request a browser may send cross-site without a preflight; it reaches Apollo
 * Server as JSON, so its CSRF check is the caller's (see startSubgraph).
 */
export async function readGraphQLRequest(request: IncomingMessage): Promise<ReadRequest> {
  const url = new URL(request.url ?? '/', 'http://subgraph');
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = (request.method ?? 'GET').toUpperCase();
  const search = url.search.replace(/^\?/, '');
  if (method !== 'POST') {
    return {
      http: { method, headers, search, body: undefined },
      query: url.searchParams.get('query') ?? undefined,
    };
  }
  const contentType = headers.get('content-type') ?? '';
  const bytes = await readBody(request, maxBodyBytes);
  if (contentType.startsWith('multipart/form-data')) {
    const operation = await readMultipart(contentType, bytes);
    headers.set('content-type', 'application/json');
    return {
      http: { method, headers, search, body: operation },
      query: typeof operation.query === 'string' ? operation.query : undefined,
    };
  }
  const body = contentType.includes('json') ? parseJson(bytes.toString('utf8'), 'The body') : {};
  const query =
    body && typeof body === 'object' && typeof (body as { query?: unknown }).query === 'string'
      ? (body as { query: string }).query
      : undefined;
  return { http: { method, headers, search, body }, query };
}
