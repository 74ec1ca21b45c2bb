import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compose, schemaDirectory } from './composition';
import { checkSchema } from './schema-check';
import { registeredOperations } from '../operations';

/**
 * `npm run schema:check`: composes the schema from the code and compares it with the committed
 * `schema/public.graphql`, the contract front-ends build on. Fails on a composition problem, a
 * breaking change or a registered operation the new schema refuses. A deliberate break is made
 * by updating the operations and running `npm run compose`, which commits the new contract.
 */
async function main() {
  const { files, problems } = await compose();
  const committed = readFileSync(join(schemaDirectory, 'public.graphql'), 'utf8');
  const composed = files['public.graphql'];
  const report: string[] = problems.map((problem) => `composition: ${problem}`);
  if (composed) {
    const check = checkSchema(committed, composed, registeredOperations);
    report.push(...check.breaking.map((change) => `breaking: ${change}`));
    report.push(...check.invalidOperations.map((problem) => `operation ${problem}`));
    for (const change of check.dangerous) console.warn(`dangerous (allowed): ${change}`);
    if (composed !== committed && report.length === 0) {
      report.push(
        'schema/ differs from the code without breaking anything: run `npm run compose`.',
      );
    }
  }
  if (report.length > 0) {
    console.error(report.join('\n'));
    process.exit(1);
  }
  console.log(
    `schema:check: composes, no breaking change, ${registeredOperations.length} registered operations valid.`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
