import { createSchema, createYoga } from 'graphql-yoga';
import { useQueryLimits } from '../../gateway/limits';

const yoga = createYoga({
  schema: createSchema({
    typeDefs: 'type Node { id: ID!, child: Node } type Query { root: Node }',
    resolvers: { Query: { root: () => ({ id: '1' }) } },
  }),
  plugins: [useQueryLimits({ maxDepth: 4, maxTokens: 60 })],
  logging: false,
});

async function run(query: string) {
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] };
}

const nest = (depth: number) => {
  let selection = 'id';
  for (let level = 1; level < depth; level += 1) selection = `child { ${selection} }`;
  return `{ root { ${selection} } }`;
};

describe('query limits', () => {
  it('allows a query exactly at the depth limit', async () => {
    const result = await run(nest(3));
    expect(result.errors).toBeUndefined();
  });

  it('refuses one level deeper', async () => {
    const result = await run(nest(4));
    expect(result.errors?.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_DEEP']);
  });

  it('counts depth through fragments, and survives fragment cycles', async () => {
    const viaFragment = `fragment Deep on Node { child { child { child { id } } } }
      { root { ...Deep } }`;
    expect((await run(viaFragment)).errors?.map((e) => e.extensions.code)).toEqual([
      'QUERY_TOO_DEEP',
    ]);
    const cycle = `fragment A on Node { child { ...B } } fragment B on Node { child { ...A } }
      { root { ...A } }`;
    expect((await run(cycle)).errors?.length).toBeGreaterThan(0);
  });

  it('ignores introspection fields when counting depth', async () => {
    const result = await run('{ root { child { child { __typename id } } } }');
    expect(result.errors).toBeUndefined();
  });

  it('refuses a document over the token limit', async () => {
    const result = await run(`{ root { ${'id '.repeat(60)} } }`);
    expect(result.errors?.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_LARGE']);
  });
});
