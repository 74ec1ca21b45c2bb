import { graphql } from './gql';

/** Hands a material over: a new version when one of its type exists (multipart upload). */
export const UploadMutation = graphql(`
  mutation UploadMaterial($applicantId: ID!, $materialTypeCode: ID!, $file: Upload!) {
    uploadMaterial(applicantId: $applicantId, materialTypeCode: $materialTypeCode, file: $file) {
      id
      status
    }
  }
`);
