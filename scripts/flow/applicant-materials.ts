import { canonicalMaterialTypes } from '../../services/materials/material-type/material-types';
import { demoPeople } from '../../services/demo-people';
import type { Identity } from '../../services/kit';
import { departmentStaff, type GraphQLClient } from './graphql-client';

const uploadMutation = /* GraphQL */ `
  mutation ($applicantId: ID!, $materialTypeCode: ID!, $file: Upload!) {
    uploadMaterial(applicantId: $applicantId, materialTypeCode: $materialTypeCode, file: $file) {
      id
    }
  }
`;

const reviewMutation = /* GraphQL */ `
  mutation ($input: ReviewMaterialInput!) {
    reviewMaterial(input: $input) {
      status
    }
  }
`;

/**
 * Gives an applicant (the demo applicant unless told) every material type, uploaded once through
 * the gateway (GraphQL multipart) and verified by its lead department, so every case it applies
 * for is accepted.
 */
export async function verifyEveryMaterial(
  url: string,
  client: GraphQLClient,
  applicant: Identity = demoPeople.applicant,
): Promise<void> {
  for (const type of canonicalMaterialTypes) {
    const form = new FormData();
    form.set(
      'operations',
      JSON.stringify({
        query: uploadMutation,
        variables: { applicantId: applicant.applicantId, materialTypeCode: type.code, file: null },
      }),
    );
    form.set('map', JSON.stringify({ 0: ['variables.file'] }));
    const pdf = Buffer.from(`%PDF-1.7\n% ${type.code} of ${applicant.applicantId}\n%%EOF\n`);
    form.set('0', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'scan.pdf');
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await client.tokenFor(applicant)}`,
        'apollo-require-preflight': 'true',
      },
      body: form,
    });
    const json = (await response.json()) as any;
    if (json.errors) throw new Error(`upload ${type.code}: ${JSON.stringify(json.errors)}`);
    await client.request(departmentStaff(type.lead, 'reviewer'), reviewMutation, {
      input: { materialId: json.data.uploadMaterial.id, decision: 'VERIFIED', problems: [] },
    });
  }
}
