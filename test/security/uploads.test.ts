import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import { errorCodes } from '../kit/graphql-client';
import type { TestHub } from '../kit/hub';
import {
  countRows,
  demoApplicantId,
  pdf,
  startMaterialsHub,
  upload,
} from '../e2e/materials/materials-hub';

// Attacks: a PDF that is also a web page (a viewer or a browser sniffing it runs its script),
// an OFD (a zip) of 203 KB that expands to 200 MiB, the same bomb behind a central directory
// that lies about its sizes, and file names carrying paths, markup and control characters.
let hub: TestHub;

beforeAll(async () => {
  hub = await startMaterialsHub();
});

afterAll(() => hub?.stop());

const tables = ['material', 'stored_content'];

/** Uploads as the demo applicant and checks the refusal's code and that nothing was stored. */
async function refused(bytes: Buffer, type: string, code: string, name = 'scan.pdf') {
  const before = await Promise.all(tables.map((table) => countRows(hub, table)));
  const response = await upload(hub, 'applicant', {
    applicantId: demoApplicantId,
    materialTypeCode: 'SITE_PLAN',
    bytes,
    type,
    name,
  });
  expect(errorCodes(response)).toEqual([code]);
  expect(response.data?.uploadMaterial ?? null).toBeNull();
  expect(await Promise.all(tables.map((table) => countRows(hub, table)))).toEqual(before);
  return response;
}

async function accepted(bytes: Buffer, type: string, name: string) {
  const response = await upload(hub, 'applicant', {
    applicantId: demoApplicantId,
    materialTypeCode: 'SITE_PLAN',
    bytes,
    type,
    name,
  });
  expect(response.errors).toBeUndefined();
  return response.data.uploadMaterial;
}

interface ZipEntry {
  name: string;
  data: Buffer;
  /** Bytes the entry expands to, and the size the central directory declares (default: true). */
  size: number;
  declaredSize?: number;
  crc: number;
}

/** A zip with deflated entries, written by hand as an OFD writer would. */
function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const declared = entry.declaredSize ?? entry.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const entry = (name: string, text: string): ZipEntry => {
  const bytes = Buffer.from(text);
  return { name, data: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) };
};

/** 200 MiB of zeros, deflated a MiB at a time: about 203 KB. */
async function bombEntry(): Promise<ZipEntry> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const mebibyte = Buffer.alloc(1024 * 1024);
  let crc = 0;
  for (let i = 0; i < 200; i += 1) {
    crc = crc32(mebibyte, crc);
    if (!deflate.write(mebibyte)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { name: 'Doc_0/Res/bomb.bin', data: Buffer.concat(chunks), size: 200 * 1024 * 1024, crc };
}

const ofdXml =
  '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0"/>';

describe('polyglots', () => {
  it('refuses a PDF that is also a web page', async () => {
    const polyglot = pdf('<html><body><script>fetch("/steal")</script></body></html>');
    const response = await refused(polyglot, 'application/pdf', 'FILE_ACTIVE_CONTENT');
    expect(response.errors![0].message).toMatch(/markup/);
    await refused(
      Buffer.concat([pdf('plain'), Buffer.from('<!DOCTYPE html><svg onload=alert(1)>')]),
      'application/pdf',
      'FILE_ACTIVE_CONTENT',
    );
  });

  it('refuses a PDF whose actions run script or launch programs', async () => {
    await refused(
      pdf('1 0 obj << /Type /Action /S /JavaScript /JS (app.alert(1)) >> endobj'),
      'application/pdf',
      'FILE_ACTIVE_CONTENT',
    );
    await refused(
      pdf('1 0 obj << /S /Launch /F (cmd.exe) >> endobj'),
      'application/pdf',
      'FILE_ACTIVE_CONTENT',
    );
  });

  it('refuses an image carrying a script', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from('\u0000\u0000\u0000\rIHDR<script>alert(1)</script>'),
    ]);
    await refused(png, 'image/png', 'FILE_ACTIVE_CONTENT', 'photo.png');
  });

  it('accepts a plain PDF', async () => {
    await accepted(pdf('site plan, sheet 1 of 3'), 'application/pdf', 'plan.pdf');
  });
});

describe('archives that expand past the limit', () => {
  let bomb: ZipEntry;
  beforeAll(async () => {
    bomb = await bombEntry();
  });

  it('refuses a 203 KB OFD that expands to 200 MiB, from its central directory', async () => {
    const file = zip([entry('OFD.xml', ofdXml), bomb]);
    expect(file.length).toBeLessThan(250 * 1024);
    const response = await refused(file, 'application/ofd', 'ARCHIVE_TOO_LARGE', 'plan.ofd');
    expect(response.errors![0].extensions).toMatchObject({
      details: { maxExpandedBytes: 50 * 1024 * 1024 },
    });
  });

  it('refuses the same bomb when the central directory lies about its size', async () => {
    const lying = zip([entry('OFD.xml', ofdXml), { ...bomb, declaredSize: 1_000 }]);
    await refused(lying, 'application/ofd', 'ARCHIVE_TOO_LARGE', 'plan.ofd');
  });

  it('refuses a zip whose entries leave the archive, or that is no zip at all', async () => {
    await refused(
      zip([entry('OFD.xml', ofdXml), entry('../../etc/cron.d/job', 'x')]),
      'application/ofd',
      'ARCHIVE_INVALID',
      'plan.ofd',
    );
    await refused(
      Buffer.from('PK\u0003\u0004 then nothing of a zip'),
      'application/ofd',
      'ARCHIVE_INVALID',
      'plan.ofd',
    );
  });

  it('refuses an OFD with a web page packed inside', async () => {
    await refused(
      zip([entry('OFD.xml', ofdXml), entry('Doc_0/Res/page.html', '<html><script>x()</script>')]),
      'application/ofd',
      'FILE_ACTIVE_CONTENT',
      'plan.ofd',
    );
  });

  it('accepts an ordinary OFD', async () => {
    const ofd = zip([
      entry('OFD.xml', ofdXml),
      entry('Doc_0/Document.xml', '<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"/>'),
    ]);
    await accepted(ofd, 'application/ofd', 'plan.ofd');
  });
});

describe('file names', () => {
  it('keeps a readable name without paths, markup or control characters', async () => {
    const cases: [string, string][] = [
      ['<b onmouseover=alert(1)>pass\u0007wd\u202e\u200b.pdf', 'passwd.pdf'],
      // The multipart parser keeps what follows the last slash, `</script>`'s included.
      ['<script>alert(1)</script>site plan.pdf', 'scriptsite plan.pdf'],
      ['../../etc/cron.d/report.pdf', 'report.pdf'],
      ['C:\\Users\\lin\\Site plan 2026.pdf', 'Site plan 2026.pdf'],
      ['营业执照 副本.pdf', '营业执照 副本.pdf'],
      ['<img src=x onerror=alert(1)>', null as unknown as string],
    ];
    for (const [sent, kept] of cases) {
      const material = await accepted(pdf(`named ${sent.length}`), 'application/pdf', sent);
      expect({ sent, kept: material.fileName }).toEqual({ sent, kept });
    }
  });
});
