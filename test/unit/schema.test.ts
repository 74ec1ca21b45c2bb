import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isEnumType, isInputObjectType, isObjectType, isInterfaceType } from 'graphql';
import { compose, schemaDirectory } from '../../scripts/composition';

describe('schema/', () => {
  let composition: Awaited<ReturnType<typeof compose>>;

  beforeAll(async () => {
    composition = await compose();
  });

  it('composes with both composers and no unaccepted hint', () => {
    expect(composition.problems).toEqual([]);
  });

  it('is exactly what `npm run compose` writes', () => {
    const committed = Object.fromEntries(
      readdirSync(schemaDirectory)
        .filter((name) => name.endsWith('.graphql'))
        .map((name) => [name, readFileSync(join(schemaDirectory, name), 'utf8')]),
    );
    expect(committed).toEqual(composition.files);
  });

  it('describes every type, field, argument and enum value front-ends see', () => {
    const schema = buildSchema(composition.files['public.graphql']);
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) {
          if (!value.description) missing.push(`${type.name}.${value.name}`);
        }
      }
    }
    const undescribedByConvention = [
      'String',
      'Int',
      'Float',
      'Boolean',
      'ID',
      'Query',
      'Mutation',
      'Subscription',
    ];
    expect(missing.filter((name) => !undescribedByConvention.includes(name))).toEqual([]);
  });
});
