import {
  GraphQLError,
  Kind,
  TypeInfo,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import type { Plugin } from 'graphql-yoga';
import { DomainError } from '../errors/domain-error';
import { isUuid } from '../identifiers/uuid';

/** How large any one argument may be; see "Limits on arguments" in the README. */
export interface ArgumentLimits {
  /** Characters of a `String` (or any scalar taking a string): an opinion, minutes, a reason. */
  maxStringLength: number;
  /** Characters of an `ID`: codes, ids, keys. */
  maxIdLength: number;
  /** Items of a list, at any depth. */
  maxListLength: number;
  /** Lists allowed more items, by schema coordinate, e.g. `Mutation.setCalendarYear(days:)`. */
  longerLists: Record<string, number>;
}

export const argumentLimits: ArgumentLimits = {
  maxStringLength: 10_000,
  maxIdLength: 200,
  maxListLength: 100,
  // A year's holidays and make-up working days.
  longerLists: { 'Mutation.setCalendarYear(days:)': 366 },
};

/**
 * Arguments and input fields named `id` or `…Id` (`caseId`, `taskId`, `applicantId`…) carry the
 * hub's record ids, which are all UUIDs: anything else names no record, so it is refused here,
 * in every subgraph and in the gateway, before it can reach a uuid column.
 */
export const namesRecordId = (name: string) => name === 'id' || /[a-z0-9]Id$/.test(name);

/** A refused argument: too long, too many items, or a NUL character PostgreSQL cannot store. */
function refuse(argument: string, message: string, details: Record<string, unknown> = {}) {
  return new DomainError('INPUT_TOO_LARGE', `${argument}: ${message}`, {
    argument,
    ...details,
  });
}

function checkValue(
  value: unknown,
  type: GraphQLInputType,
  where: string,
  maxList: number,
  limits: ArgumentLimits,
  name: string,
): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return checkValue(value, type.ofType, where, maxList, limits, name);
  if (isListType(type)) {
    const items = value as unknown[];
    if (items.length > maxList) {
      throw refuse(where, `${items.length} items; at most ${maxList} are allowed.`, {
        items: items.length,
        limit: maxList,
      });
    }
    for (const item of items) {
      checkValue(item, type.ofType, where, limits.maxListLength, limits, name);
    }
    return;
  }
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    for (const [fieldName, field] of Object.entries(fields)) {
      const fieldValue = (value as Record<string, unknown>)[fieldName];
      const at = `${where}.${fieldName}`;
      checkValue(fieldValue, field.type, at, limits.maxListLength, limits, fieldName);
    }
    return;
  }
  if (typeof value !== 'string') return;
  const scalar = getNamedType(type).name;
  const max = scalar === 'ID' ? limits.maxIdLength : limits.maxStringLength;
  if (value.length > max) {
    throw refuse(where, `${value.length} characters; at most ${max} are allowed.`, {
      length: value.length,
      limit: max,
    });
  }
  if (value.includes('\u0000')) {
    throw new DomainError('BAD_USER_INPUT', `${where}: text may not contain NUL characters.`, {
      argument: where,
    });
  }
  if ((scalar === 'ID' || scalar === 'String') && namesRecordId(name) && !isUuid(value)) {
    // The value is not echoed: it may be anything a prober sent.
    throw new DomainError('BAD_USER_INPUT', `${where}: not an id the hub gave out (a UUID).`, {
      argument: where,
    });
  }
}

/**
 * Checks every argument of every field the operation selects, literal or variable, against the
 * limits. Values the schema cannot coerce are left for execution to refuse in its own words.
 */
export function checkArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  limits: ArgumentLimits = argumentLimits,
): void {
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      [Kind.FIELD](node) {
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        // `_entities` and `_service` carry the gateway's own representations, not a caller's input.
        if (!field || !parent || !field.args.length || field.name.startsWith('_')) return;
        let values: Record<string, unknown>;
        try {
          values = getArgumentValues(field, node, variables ?? {});
        } catch {
          return;
        }
        for (const arg of field.args) {
          const coordinate = `${parent.name}.${field.name}(${arg.name}:)`;
          const maxList = limits.longerLists[coordinate] ?? limits.maxListLength;
          checkValue(values[arg.name], arg.type, coordinate, maxList, limits, arg.name);
        }
      },
    }),
  );
}

/** Refuses an operation with an oversized argument before any resolver runs. */
export function useArgumentLimits(limits: ArgumentLimits = argumentLimits): Plugin {
  const check = ({
    args,
    setResultAndStopExecution,
  }: {
    args: { schema: GraphQLSchema; document: DocumentNode; variableValues?: unknown };
    setResultAndStopExecution: (result: { errors: GraphQLError[] }) => void;
  }) => {
    try {
      checkArguments(
        args.schema,
        args.document,
        args.variableValues as Record<string, unknown>,
        limits,
      );
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      setResultAndStopExecution({ errors: [error] });
    }
  };
  return { onExecute: check, onSubscribe: check };
}
