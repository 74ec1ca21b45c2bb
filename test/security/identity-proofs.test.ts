import { generateKeyPairSync } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import { SignJWT } from 'jose';
import { center } from '../../services/center';
import { materials } from '../../services/materials';
import {
  gatewayProofHeader,
  gatewaySigningKey,
  operationHash,
  readConfig,
  signGatewayProof,
} from '../../services/kit';
import { demoPeople } from '../../services/demo-people';
import { errorCodes, postGraphQL } from '../kit/graphql-client';
import { gatewayProofHeaders } from '../kit/gateway-proof';
import { startTestHub, type TestHub } from '../kit/hub';

// Attack: a department subgraph, or anyone holding its settings, minted identity proofs for any
// caller and any subgraph, since every subgraph shared the gateway's HS256 secret.
let hub: TestHub;
const query = '{ departments { totalCount } }';
const admin = demoPeople.centerAdmin;

beforeAll(async () => {
  hub = await startTestHub({ subgraphs: [center, materials] });
});

afterAll(() => hub?.stop());

const callCenter = (headers: Record<string, string>, body: { query: string } = { query }) =>
  postGraphQL(hub.subgraph('center').url, body, headers);

const claims = (proofQuery = query) => ({
  roles: admin.roles,
  operation: operationHash(proofQuery),
});

describe('a subgraph called directly', () => {
  it('accepts the proof the gateway signs for it and this operation', async () => {
    const response = await callCenter(await gatewayProofHeaders(admin, 'center', query));
    expect(response.data).toEqual({ departments: { totalCount: 5 } });
  });

  it('refuses a request without a proof, with 401', async () => {
    const response = await callCenter({});
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a user token in place of the proof', async () => {
    const token = await hub.tokenFor('centerAdmin');
    const response = await callCenter({
      authorization: `Bearer ${token}`,
      [gatewayProofHeader]: token,
    });
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a proof signed with any key but the gateway private key', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const forged = await signGatewayProof(admin, privateKey, { subgraph: 'center', query });
    expect(errorCodes(await callCenter({ [gatewayProofHeader]: forged }))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('refuses an HS256 proof, whatever its secret (the old shared-secret scheme)', async () => {
    for (const secret of ['onestop-development-gateway-secret', 'x'.repeat(64)]) {
      const forged = await new SignJWT(claims())
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer('onestop-gateway')
        .setAudience('center')
        .setSubject(admin.subject!)
        .setIssuedAt()
        .setExpirationTime('30s')
        .sign(new TextEncoder().encode(secret));
      expect(errorCodes(await callCenter({ [gatewayProofHeader]: forged }))).toEqual([
        'UNAUTHENTICATED',
      ]);
    }
  });

  it('refuses a proof made for another subgraph (a subgraph replaying what it received)', async () => {
    const response = await callCenter(await gatewayProofHeaders(admin, 'materials', query));
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a proof made for another operation', async () => {
    const proof = await gatewayProofHeaders(admin, 'center', '{ departments { nodes { code } } }');
    expect(errorCodes(await callCenter(proof))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses an expired proof, one issued in the future, and one without expiry', async () => {
    const key = gatewaySigningKey(readConfig());
    const now = Math.floor(Date.now() / 1000);
    const base = () =>
      new SignJWT(claims())
        .setProtectedHeader({ alg: 'EdDSA' })
        .setIssuer('onestop-gateway')
        .setAudience('center')
        .setSubject(admin.subject!);
    const proofs = [
      await base()
        .setIssuedAt(now - 120)
        .setExpirationTime(now - 60)
        .sign(key),
      await base()
        .setIssuedAt(now + 600)
        .setExpirationTime(now + 630)
        .sign(key),
      await base().setIssuedAt(now).sign(key),
      // Valid signature and times, but living far longer than a proof may.
      await base()
        .setIssuedAt(now - 3600)
        .setExpirationTime(now + 3600)
        .sign(key),
    ];
    for (const proof of proofs) {
      expect(errorCodes(await callCenter({ [gatewayProofHeader]: proof }))).toEqual([
        'UNAUTHENTICATED',
      ]);
    }
  });

  it('listens on the loopback interface only', async () => {
    const { port } = hub.subgraph('center');
    const external = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && address.family === 'IPv4' && !address.internal);
    expect(hub.subgraph('center').url).toMatch(/^http:\/\/127\.0\.0\.1:/);
    if (external) {
      await expect(
        fetch(`http://${external.address}:${port}/health`, { signal: AbortSignal.timeout(5000) }),
      ).rejects.toThrow();
    }
  });
});

describe('through the gateway', () => {
  it('reaches every subgraph of a query with proofs each accepts', async () => {
    const response = await hub.query('centerAdmin', '{ departments { totalCount } }');
    expect(response.errors).toBeUndefined();
    expect(response.data.departments.totalCount).toBe(5);
  });
});
