import { inflateRawSync } from 'node:zlib';
import { DomainError } from '../../kit';

/** What an OFD (a zip container) may expand to, all entries together. */
export const maxArchiveExpandedBytes = 50 * 1024 * 1024;
/** Entries an OFD may hold: pages, fonts, images and their descriptors. */
export const maxArchiveEntries = 2_000;

const invalid = (reason: string) =>
  new DomainError('ARCHIVE_INVALID', `The archive cannot be accepted: ${reason}.`, { reason });

const tooLarge = (bytes: number) =>
  new DomainError(
    'ARCHIVE_TOO_LARGE',
    `The archive expands to more than ${maxArchiveExpandedBytes} bytes; at most that is accepted.`,
    { expandedBytes: bytes, maxExpandedBytes: maxArchiveExpandedBytes },
  );

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/** The end-of-central-directory record: in the last 22 bytes plus a comment of up to 64 KiB. */
function findEnd(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at -= 1) {
    if (bytes.readUInt32LE(at) === 0x06054b50) return at;
  }
  throw invalid('no zip central directory');
}

/** Reads the central directory: names, methods and sizes of every entry, nothing inflated. */
function centralDirectory(bytes: Buffer): Entry[] {
  if (bytes.length < 22) throw invalid('too short for a zip');
  const end = findEnd(bytes);
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    throw invalid('ZIP64 archives are not accepted');
  }
  if (count > maxArchiveEntries) throw invalid(`more than ${maxArchiveEntries} entries`);
  if (offset + size > end) throw invalid('the central directory lies outside the file');
  const entries: Entry[] = [];
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== 0x02014b50) {
      throw invalid('a damaged central directory');
    }
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    entries.push({
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, Math.min(end, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Refuses a zip container (an OFD) that would expand past the limit, first by the sizes its
 * central directory declares (no byte inflated), then by inflating each entry with its output
 * capped at the size declared for it, so a directory that lies about sizes is caught after at
 * most the limit's worth of work. Encrypted entries, other methods than stored and deflate,
 * ZIP64 and entry names leaving the archive (`..`, absolute paths) are refused too. `inspect`
 * sees every entry's expanded bytes.
 */
export function checkArchive(
  bytes: Buffer,
  inspect: (name: string, data: Buffer) => void = () => {},
): void {
  const entries = centralDirectory(bytes);
  let declared = 0;
  for (const entry of entries) {
    declared += entry.size;
    if (declared > maxArchiveExpandedBytes) throw tooLarge(declared);
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) {
      throw invalid('ZIP64 archives are not accepted');
    }
    if (entry.flags & 0x1) throw invalid('encrypted entries are not accepted');
    if (entry.method !== 0 && entry.method !== 8)
      throw invalid('an unsupported compression method');
    if (
      /(^|[\\/])\.\.([\\/]|$)|^[\\/]|^[a-z]:/i.test(entry.name) ||
      entry.name.includes('\u0000')
    ) {
      throw invalid('an entry named outside the archive');
    }
  }
  for (const entry of entries) {
    const at = entry.localHeaderOffset;
    if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== 0x04034b50) {
      throw invalid('a damaged local header');
    }
    const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (data.length !== entry.compressedSize) throw invalid('an entry runs past the end');
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw invalid('a stored entry of the wrong size');
      inspect(entry.name, data);
      continue;
    }
    let inflated: Buffer;
    try {
      // One byte more than declared is enough to know the directory lied.
      inflated = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(declared);
      throw invalid('an entry that does not inflate');
    }
    if (inflated.length !== entry.size) {
      throw inflated.length > entry.size
        ? tooLarge(declared)
        : invalid('an entry of the wrong size');
    }
    inspect(entry.name, inflated);
  }
}
