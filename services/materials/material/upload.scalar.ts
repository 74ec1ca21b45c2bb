import { GraphQLScalarType } from 'graphql';
import { badInput } from '../../kit';

/** What a GraphQL multipart request delivers for a file variable (the Fetch API `File`). */
export interface UploadedFile {
  name: string;
  type: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const isFile = (value: unknown): value is UploadedFile =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as UploadedFile).arrayBuffer === 'function' &&
  typeof (value as UploadedFile).size === 'number';

export const UploadScalar = new GraphQLScalarType<UploadedFile, never>({
  name: 'Upload',
  description:
    'A file sent as a part of a GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec).',
  parseValue(value) {
    if (!isFile(value)) throw badInput('Send the file as a part of a multipart request.');
    return value;
  },
  parseLiteral() {
    throw badInput('A file cannot be written inline; send it as a multipart request.');
  },
  serialize() {
    throw new Error('Upload is an input-only scalar.');
  },
});
