import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../services/kit';
import type { Plugin } from 'graphql-yoga';

export interface BodyLimits {
  /** Bytes of a JSON request: a query and its variables. */
  maxJsonBytes: number;
  /** Bytes of a multipart request: a file upload (materials takes files up to 20 MiB). */
  maxMultipartBytes: number;
}

export const defaultBodyLimits: BodyLimits = {
  maxJsonBytes: 1024 * 1024,
  maxMultipartBytes: 21 * 1024 * 1024,
};

const tooLarge = (limit: number) =>
  new GraphQLError(`The request body is larger than ${limit} bytes.`, {
    extensions: {
      code: 'PAYLOAD_TOO_LARGE' satisfies ErrorCode,
      details: { limit },
      http: { status: 413 },
    },
  });

/** Reads a body without a declared length, giving up as soon as it passes `limit` bytes. */
async function readAtMost(request: Request, limit: number): Promise<ArrayBuffer> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const body = Buffer.concat(chunks);
  return body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer;
}

/**
 * Refuses a request body over the limits before it is parsed: a declared length at once, an
 * undeclared (chunked) one as it streams past the limit.
 */
export function useBodyLimit(limits: BodyLimits = defaultBodyLimits): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (request.method !== 'POST' || !requestParser || !request.body) return;
      const multipart = request.headers.get('content-type')?.startsWith('multipart/') ?? false;
      const limit = multipart ? limits.maxMultipartBytes : limits.maxJsonBytes;
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (Number(declared) > limit) throw tooLarge(limit);
        // Node's HTTP parser reads no further than the declared length.
        return;
      }
      setRequestParser(async (undeclared) => {
        const body = await readAtMost(undeclared, limit);
        const headers = new fetchAPI.Headers(undeclared.headers);
        headers.set('content-length', String(body.byteLength));
        return requestParser(
          new fetchAPI.Request(undeclared.url, { method: 'POST', headers, body }),
        );
      });
    },
  };
}
