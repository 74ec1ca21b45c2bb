import { Client, fetchExchange } from '@urql/core';
import { loadReviewDesk } from './review-desk';

/** Prints every department's review desk: ONESTOP_URL and a token from .data/demo-tokens.env. */
async function main(): Promise<void> {
  const url = process.env.ONESTOP_URL ?? 'http://localhost:4000/graphql';
  const token = process.env.COORDINATOR_TOKEN;
  const client = new Client({
    url,
    exchanges: [fetchExchange],
    fetchOptions: { headers: token ? { authorization: `Bearer ${token}` } : {} },
  });
  const desk = await loadReviewDesk(client);
  for (const problem of desk.problems) console.error(problem);
  for (const row of desk.rows) {
    console.log(
      [
        row.deadlineOn,
        row.departmentCode,
        row.caseReference,
        row.status,
        row.itemCodes.join(','),
      ].join('\t'),
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
