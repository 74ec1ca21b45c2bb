/** The requests the benchmarks send; each must answer with data (checked before measuring). */
export const benchQueries = {
  federated: [
    {
      name: 'cases with departments',
      body: {
        query: '{ cases(first: 20) { nodes { reference status departments { code name } } } }',
      },
    },
  ],
  singleSubgraph: {
    name: 'departments',
    subgraph: 'center',
    body: { query: '{ departments(first: 20) { nodes { code name createdAt } } }' },
  },
};
