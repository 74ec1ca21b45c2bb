import { createHash } from 'node:crypto';
import type { TestHub } from '../../kit/hub';
import { demoApplicantId, pdf, startMaterialsHub, upload } from './materials-hub';

let hub: TestHub;

beforeAll(async () => {
  hub = await startMaterialsHub();
});

afterAll(async () => {
  await hub?.stop();
});

it('takes a GraphQL multipart upload through the gateway and stores the bytes', async () => {
  const bytes = pdf('business licence of Riverside Logistics');
  const response = await upload(hub, 'applicant', {
    applicantId: demoApplicantId,
    materialTypeCode: 'BUSINESS_LICENCE',
    bytes,
    name: 'business-licence.pdf',
  });
  expect(response.errors).toBeUndefined();
  expect(response.data.uploadMaterial).toMatchObject({
    version: 1,
    status: 'PENDING',
    byteSize: bytes.length,
    contentType: 'application/pdf',
    fileName: 'business-licence.pdf',
    sha256: createHash('sha256').update(bytes).digest('hex'),
  });
  const read = await hub.query(
    'applicant',
    'query ($id: ID!) { materialContent(id: $id) { base64 } }',
    { id: response.data.uploadMaterial.id },
  );
  expect(read.errors).toBeUndefined();
  expect(Buffer.from(read.data.materialContent.base64, 'base64').equals(bytes)).toBe(true);
});
