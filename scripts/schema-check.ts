import {
  buildSchema,
  findBreakingChanges,
  findDangerousChanges,
  parse,
  validate,
  type GraphQLSchema,
} from 'graphql';

export interface SchemaCheck {
  /** What a client built on the committed schema would break on: removed fields, changed types. */
  breaking: string[];
  /** Changes that may change what a client sees: new enum values, changed defaults. */
  dangerous: string[];
  /** Registered operations the new schema no longer accepts, with why. */
  invalidOperations: string[];
}

const operationName = (document: string) =>
  /\b(?:query|mutation|subscription)\s+(\w+)/.exec(document)?.[1] ?? 'an anonymous operation';

/** Compares a newly composed public schema with the committed one and validates operations. */
export function checkSchema(
  committedSdl: string,
  composedSdl: string,
  operations: string[],
): SchemaCheck {
  const committed = buildSchema(committedSdl);
  const composed = buildSchema(composedSdl);
  return {
    breaking: findBreakingChanges(committed, composed).map((change) => change.description),
    dangerous: findDangerousChanges(committed, composed).map((change) => change.description),
    invalidOperations: operations.flatMap((document) =>
      operationProblems(composed, document).map(
        (problem) => `${operationName(document)}: ${problem}`,
      ),
    ),
  };
}

function operationProblems(schema: GraphQLSchema, document: string): string[] {
  try {
    return validate(schema, parse(document)).map((error) => error.message);
  } catch (error) {
    return [(error as Error).message];
  }
}
