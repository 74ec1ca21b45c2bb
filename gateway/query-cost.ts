import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import {
  GraphQLError,
  Kind,
  validate,
  visit,
  type DocumentNode,
  type ValidationContext,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface CostLimits {
  /** Aliases in one operation: each alias runs its field again. */
  maxAliases: number;
  /**
   * GraphQL Armor's cost: every field costs 1 (2 with a selection), children weigh 1.5 times more
   * per level, and a list asked with `first: n` multiplies everything under it by n.
   */
  maxCost: number;
}

export const defaultCostLimits: CostLimits = { maxAliases: 20, maxCost: 50_000 };

/** Armor reports a plain error; ours carries the code a client switches on. */
const reportAs =
  (code: string) =>
  (context: ValidationContext | null, error: GraphQLError): void =>
    context?.reportError(
      new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
        extensions: { code, http: { status: 400 } },
      }),
    );

/** The document with each `first`/`last` variable replaced by its value, so the cost sees it. */
function withPageSizes(document: DocumentNode, variables: Record<string, unknown>): DocumentNode {
  return visit(document, {
    Argument(argument) {
      const name = argument.name.value;
      if ((name !== 'first' && name !== 'last') || argument.value.kind !== Kind.VARIABLE) return;
      const value = variables[argument.value.name.value];
      if (typeof value !== 'number') return;
      return { ...argument, value: { kind: Kind.INT, value: String(Math.trunc(value)) } };
    },
  });
}

/**
 * Refuses an operation with too many aliases (at validation) or whose cost, list sizes times
 * depth, is over the limit (at execution, when the variables that size the lists are known),
 * before any subgraph is called. The counting is GraphQL Armor's.
 */
export function useQueryCost(limits: CostLimits): Plugin {
  const aliases = maxAliasesRule({
    n: limits.maxAliases,
    propagateOnRejection: false,
    onReject: [reportAs('TOO_MANY_ALIASES')],
  });
  const cost = costLimitRule({
    maxCost: limits.maxCost,
    propagateOnRejection: false,
    onReject: [reportAs('QUERY_TOO_COSTLY')],
  });
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(aliases);
    },
    onExecute({ args }) {
      const document = withPageSizes(args.document, args.variableValues ?? {});
      const [refusal] = validate(args.schema, document, [cost]);
      if (refusal) throw refusal;
    },
  };
}
