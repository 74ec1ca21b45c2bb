import { DomainError } from '../../kit';
import { checkArchive } from './archive-limits';

/** 20 MiB: a scanned multi-page licence or drawing set fits; anything larger is refused unread. */
export const maxMaterialBytes = 20 * 1024 * 1024;

/** Content types accepted, with the leading bytes their files must start with. */
const signatures: Record<string, number[][]> = {
  'application/pdf': [[0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  'image/png': [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  'image/jpeg': [[0xff, 0xd8, 0xff]],
  'application/ofd': [[0x50, 0x4b, 0x03, 0x04]], // OFD (GB/T 33190) is a zip container
};

export const allowedContentTypes = Object.keys(signatures);

/** Refuses a file by its declared size and type, before its bytes are read. */
export function checkDeclaredFile(size: number, contentType: string): void {
  if (size > maxMaterialBytes) {
    throw new DomainError(
      'FILE_TOO_LARGE',
      `The file has ${size} bytes; at most ${maxMaterialBytes} are accepted.`,
      { size, maxBytes: maxMaterialBytes },
    );
  }
  if (size === 0) throw new DomainError('FILE_EMPTY', 'The file is empty.');
  if (!signatures[baseType(contentType)]) {
    throw new DomainError(
      'CONTENT_TYPE_NOT_ALLOWED',
      `Files of type "${contentType}" are not accepted; send one of ${allowedContentTypes.join(', ')}.`,
      { contentType, allowed: allowedContentTypes },
    );
  }
}

/**
 * Markup a browser would render or run, found anywhere in the raw bytes: a file that starts as a
 * PDF or an image and carries it too is a polyglot, which a viewer may open as a web page.
 */
const markup =
  /<(?:!doctype\s+html|html|head|body|script|iframe|frame|object|embed|svg|math|meta|link|style|form|img|base|xml-stylesheet)[\s>/]|javascript:|vbscript:/i;

/**
 * PDF actions that run code, launch programs or carry other files. Names only: tokens short
 * enough to occur by chance in compressed streams (`/JS`) are left out; a script action names
 * `/S /JavaScript` beside its `/JS`.
 */
const pdfActiveContent = /\/(?:JavaScript|Launch|EmbeddedFiles?|RichMedia)\b/;

function refuseActive(contentType: string, what: string): never {
  throw new DomainError(
    'FILE_ACTIVE_CONTENT',
    `The file carries ${what} besides its ${contentType} content; send a plain export of the document.`,
    { contentType, found: what },
  );
}

/**
 * Refuses a file whose bytes are not what its content type claims, that carries markup or
 * script besides it (a polyglot), a PDF with actions that run code, and an OFD archive that
 * expands past the limit or is malformed.
 */
export function checkContent(bytes: Buffer, contentType: string): void {
  const type = baseType(contentType);
  const matches = signatures[type].some((signature) =>
    signature.every((byte, index) => bytes[index] === byte),
  );
  if (!matches) {
    throw new DomainError('CONTENT_TYPE_MISMATCH', `The file's content is not ${type}.`, {
      contentType,
    });
  }
  // Latin-1 maps every byte to one character: the scan sees the bytes as a browser sniffs them.
  const text = bytes.toString('latin1');
  if (markup.test(text)) refuseActive(type, 'HTML or script markup');
  if (type === 'application/pdf' && pdfActiveContent.test(text)) {
    refuseActive(type, 'PDF actions that run code or embed files');
  }
  if (type === 'application/ofd') {
    // OFD's own XML is prefixed (`<ofd:Page>`): HTML or script in an entry is smuggled in.
    checkArchive(bytes, (_name, data) => {
      if (markup.test(data.toString('latin1'))) refuseActive(type, 'HTML or script markup');
    });
  }
}

/** Longest file name kept, in characters: the extension survives a cut. */
const maxFileNameLength = 120;

/**
 * The name a file was sent with, made safe to show and to offer as a download name: no path
 * (`../`, `C:\\`), no markup, no control, bidirectional-override or zero-width characters, no
 * characters file systems refuse; what remains stays readable (`营业执照 副本.pdf`). Null when
 * nothing readable remains.
 */
export function sanitizeFileName(name: string | null | undefined): string | null {
  if (!name) return null;
  let clean = name
    .normalize('NFC')
    .replace(/<[^<>]*>/g, '')
    .split(/[\\/]/)
    .pop()!
    // Control characters are what this removes.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
    .replace(/[<>:"|?*`$]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (clean.length > maxFileNameLength) {
    const dot = clean.lastIndexOf('.');
    const extension = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
    clean = clean.slice(0, maxFileNameLength - extension.length).trimEnd() + extension;
  }
  return /[\p{L}\p{N}]/u.test(clean) ? clean : null;
}

export const baseType = (contentType: string) => contentType.split(';')[0].trim().toLowerCase();
