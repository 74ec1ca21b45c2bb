import {
  Kind,
  parse,
  print,
  visit,
  type DocumentNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type TypeNode,
} from 'graphql';

const rootTypes = new Set(['Query', 'Mutation']);

/** `@key(fields: "id code")` -> `['id', 'code']`: the top-level fields of every key. */
function keyFields(node: ObjectTypeDefinitionNode): Set<string> | null {
  const keys = (node.directives ?? []).filter((directive) => directive.name.value === 'key');
  if (keys.length === 0) return null;
  const fields = new Set<string>();
  for (const key of keys) {
    const argument = key.arguments?.find((arg) => arg.name.value === 'fields');
    if (argument?.value.kind !== Kind.STRING) continue;
    for (const name of argument.value.value.replace(/\{[^}]*\}/g, ' ').split(/[\s,]+/)) {
      if (name) fields.add(name);
    }
  }
  return fields;
}

/**
 * Entities this subgraph only points at: a type with `@key` and no field beside its keys. Their
 * other fields come from another subgraph, which may be down or may refuse the caller.
 */
function referencedEntities(document: DocumentNode): Set<string> {
  const names = new Set<string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const keys = keyFields(definition);
    if (keys && (definition.fields ?? []).every((field) => keys.has(field.name.value))) {
      names.add(definition.name.value);
    }
  }
  return names;
}

const namedType = (type: TypeNode): string =>
  type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);

const nullable = (field: FieldDefinitionNode): FieldDefinitionNode =>
  field.type.kind === Kind.NON_NULL_TYPE ? { ...field, type: field.type.type } : field;

/**
 * Where a failure stops, so a response carries partial data and typed errors instead of a null
 * root. GraphQL nulls a failed non-null field's parent, up to the nearest nullable field; so
 * root queries and mutations are nullable (a refused or failed one blanks only itself, never its
 * neighbours or the mutations that already ran), and so is every field that leads to an entity
 * resolved by another subgraph (`Task.department` is null, with an error, while the center is
 * down; the task is still there).
 */
export function nullableWhereFailuresStop(sdl: string): string {
  const document = parse(sdl);
  const referenced = referencedEntities(document);
  return print(
    visit(document, {
      ObjectTypeDefinition(node) {
        const root = rootTypes.has(node.name.value);
        return {
          ...node,
          fields: node.fields?.map((field) =>
            root || referenced.has(namedType(field.type)) ? nullable(field) : field,
          ),
        };
      },
    }),
  );
}
