import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compose, schemaDirectory } from './composition';

async function main() {
  const { files, problems } = await compose();
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  mkdirSync(schemaDirectory, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    // Whole files by a rename: a gateway reading supergraph.graphql meanwhile never sees half.
    const path = join(schemaDirectory, name);
    writeFileSync(`${path}.next`, content);
    renameSync(`${path}.next`, path);
  }
  console.log(`Wrote ${Object.keys(files).sort().join(', ')} to schema/`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
