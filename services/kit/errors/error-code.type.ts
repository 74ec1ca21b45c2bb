import { registerEnumType } from 'type-graphql';
import { errorCatalog, type ErrorCode } from './error-catalog';

/** The catalog as an enum object (`{ FORBIDDEN: 'FORBIDDEN', ... }`) for the schema. */
export const ErrorCodeEnum = Object.fromEntries(
  Object.keys(errorCatalog).map((code) => [code, code]),
) as { [Code in ErrorCode]: Code };

registerEnumType(ErrorCodeEnum, {
  name: 'ErrorCode',
  description:
    "Every code an error's `extensions.code` may carry; a client switches on it, never on the message.",
  valuesConfig: Object.fromEntries(
    Object.entries(errorCatalog).map(([code, meaning]) => [code, { description: meaning }]),
  ),
});
