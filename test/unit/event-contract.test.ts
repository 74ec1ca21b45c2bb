import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from '../../services/kit';
import { subgraphs as registeredSubgraphs } from '../../services/registry';
import { documentedEventTable, eventTable, tableRows } from '../../scripts/event-table';

const services = join(projectRoot(), 'services');

const sources = (directory: string): string[] =>
  readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(directory, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(directory, entry.name)]
        : [],
  );

it('shows in docs/joint-approval.md the event table the contract gives (npm run docs:events)', () => {
  expect(documentedEventTable()).toEqual(tableRows(eventTable()));
});

it('defines every consumer through the contract, in a file named *.consumer.ts', () => {
  const files = sources(services).map((file) => ({
    file: relative(services, file),
    text: readFileSync(file, 'utf8'),
  }));
  const defining = files.filter(({ text }) => /defineConsumer\(\{/.test(text));
  expect(defining.length).toBeGreaterThan(5);
  expect(defining.map(({ file }) => file).filter((file) => !file.endsWith('.consumer.ts'))).toEqual(
    [],
  );
  // An untyped consumer would read payloads the contract does not check.
  const untyped = files.filter(
    ({ file, text }) =>
      !file.startsWith('kit/events/') &&
      /:\s*EventConsumer\s*=|\)\s*:\s*EventConsumer\s*\{/.test(text),
  );
  expect(untyped.map(({ file }) => file)).toEqual([]);
});

it('names every consumer of the hub once: positions are kept by name in one table', () => {
  const names = registeredSubgraphs.flatMap((subgraph) =>
    (subgraph.consumers ?? []).map((consumer) => consumer.name),
  );
  expect(names.length).toBeGreaterThan(10);
  expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
});
