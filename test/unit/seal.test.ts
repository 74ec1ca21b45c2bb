import {
  canonicalJson,
  decryptPrivateKey,
  encryptPrivateKey,
  generateSealKeyPair,
  licenceContentSha256,
  signLicenceContent,
  verifyLicenceSignature,
} from '../../services/kit/seal';

const content = {
  serial: 'DRC-2026-000001',
  departmentCode: 'DRC',
  items: [{ code: 'DRC-001', version: 2 }],
  issuedAt: '2026-03-02T08:00:00.000Z',
  details: { totalInvestment: '1200.50', procedure: 'FILING' },
};

describe('canonical JSON', () => {
  it('orders keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,1]},"b":1}',
    );
  });

  it('gives the same text however the keys were ordered', () => {
    const reordered = {
      details: { procedure: 'FILING', totalInvestment: '1200.50' },
      issuedAt: content.issuedAt,
      items: content.items,
      departmentCode: 'DRC',
      serial: content.serial,
    };
    expect(canonicalJson(reordered)).toBe(canonicalJson(content));
    expect(licenceContentSha256(reordered)).toBe(licenceContentSha256(content));
  });

  it('refuses values JSON cannot carry faithfully', () => {
    expect(() => canonicalJson({ at: new Date() })).toThrow(TypeError);
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
  });
});

describe('the approval seal', () => {
  const pair = generateSealKeyPair();
  const signature = signLicenceContent(content, pair.privateKey);

  it('verifies what it signed', () => {
    expect(verifyLicenceSignature(content, signature, pair.publicKey)).toBe(true);
  });

  it('fails on tampered content', () => {
    const tampered = { ...content, items: [{ code: 'DRC-001', version: 3 }] };
    expect(verifyLicenceSignature(tampered, signature, pair.publicKey)).toBe(false);
    expect(verifyLicenceSignature({ ...content, extra: true }, signature, pair.publicKey)).toBe(
      false,
    );
  });

  it("fails with another department's key", () => {
    expect(verifyLicenceSignature(content, signature, generateSealKeyPair().publicKey)).toBe(false);
  });

  it('calls malformed keys and signatures invalid instead of throwing', () => {
    expect(verifyLicenceSignature(content, 'not base64!', pair.publicKey)).toBe(false);
    expect(verifyLicenceSignature(content, signature, 'AAAA')).toBe(false);
  });
});

describe('the private key at rest', () => {
  const pair = generateSealKeyPair();
  const sealedWith = { secret: 'the configured secret', departmentCode: 'DRC', keyId: 'key-1' };
  const sealed = encryptPrivateKey(pair.privateKey, sealedWith);

  it('opens with the configured secret and signs like the original', () => {
    const opened = decryptPrivateKey(sealed, sealedWith);
    expect(opened.equals(pair.privateKey)).toBe(true);
    const signature = signLicenceContent(content, opened);
    expect(verifyLicenceSignature(content, signature, pair.publicKey)).toBe(true);
  });

  it('does not contain the key in the clear', () => {
    const bytes = Buffer.from(sealed, 'base64');
    expect(bytes.includes(pair.privateKey.subarray(-32))).toBe(false);
  });

  it('cannot be read without the secret, or under another department or key id', () => {
    expect(() => decryptPrivateKey(sealed, { ...sealedWith, secret: 'a guess' })).toThrow();
    expect(() => decryptPrivateKey(sealed, { ...sealedWith, departmentCode: 'NRP' })).toThrow();
    expect(() => decryptPrivateKey(sealed, { ...sealedWith, keyId: 'key-2' })).toThrow();
  });

  it('seals the same key differently each time', () => {
    expect(encryptPrivateKey(pair.privateKey, sealedWith)).not.toBe(sealed);
  });
});
