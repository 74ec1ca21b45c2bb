import { createHash } from 'node:crypto';

/**
 * The audit log's hash chain, written so anyone can check an export with nothing but SHA-256:
 * each entry's hash is SHA-256 (hex) of the lines below joined by `\n`, and each entry names the
 * hash of the one before it (the first names 64 zeros).
 */
export const genesisHash = '0'.repeat(64);

export const chainAlgorithm =
  'hash = hex(SHA-256(UTF-8 of previousHash, sequence, eventPosition, topic, key, producer, ' +
  'occurredAt (ISO-8601 UTC with milliseconds), canonicalPayload joined by "\\n")); ' +
  "canonicalPayload is JSON with object keys sorted and no spaces; the first entry's " +
  `previousHash is ${'0'.repeat(64)}.`;

/** JSON with keys sorted at every level, so the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as any)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export interface ChainedFields {
  previousHash: string;
  sequence: string;
  eventPosition: string;
  topic: string;
  key: string;
  producer: string;
  occurredAt: Date;
  canonicalPayload: string;
}

export function entryHash(entry: ChainedFields): string {
  const text = [
    entry.previousHash,
    entry.sequence,
    entry.eventPosition,
    entry.topic,
    entry.key,
    entry.producer,
    entry.occurredAt.toISOString(),
    entry.canonicalPayload,
  ].join('\n');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
