import { DomainError } from '../../kit';

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

/** Refuses a file whose bytes are not what its content type claims. */
export function checkContent(bytes: Buffer, contentType: string): void {
  const matches = signatures[baseType(contentType)].some((signature) =>
    signature.every((byte, index) => bytes[index] === byte),
  );
  if (!matches) {
    throw new DomainError(
      'CONTENT_TYPE_MISMATCH',
      `The file's content is not ${baseType(contentType)}.`,
      { contentType },
    );
  }
}

export const baseType = (contentType: string) => contentType.split(';')[0].trim().toLowerCase();
