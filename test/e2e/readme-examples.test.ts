import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../services/kit';
import { demoTokens, demoTokensFile, writeDemoTokens } from '../../scripts/demo-tokens';
import { startTestHub, type TestHub } from '../kit/hub';

/**
 * The README's shell examples, run as printed with bash and curl against a started hub. They run
 * in a folder of their own laid out like the checkout (`.data/demo-tokens.env` as `npm start`
 * writes it, `docs/` of the checkout), so another hub writing the checkout's token file at the
 * same time cannot change what they read.
 */
let hub: TestHub;
let folder: string;
const readme = readFileSync(join(projectRoot(), 'README.md'), 'utf8');

/** The first ```sh block after the heading `## <heading>`. */
function example(heading: string): string {
  const section = readme.split(/^## /m).find((part) => part.startsWith(`${heading}\n`));
  const block = section && /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error(`README has no sh example under "## ${heading}"`);
  return block;
}

async function run(script: string): Promise<any> {
  const { stdout } = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', script], {
    cwd: folder,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
  });
  return JSON.parse(stdout);
}

beforeAll(async () => {
  hub = await startTestHub({ demoCases: true });
  await hub.settle();
  folder = mkdtempSync(join(tmpdir(), 'onestop-readme-'));
  writeDemoTokens(demoTokensFile(folder), hub.gatewayUrl, await demoTokens());
  symlinkSync(join(projectRoot(), 'docs'), join(folder, 'docs'));
}, 180_000);

afterAll(async () => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  await hub?.stop();
});

const loadTokens = 'set -a; . .data/demo-tokens.env; set +a';

it('answers the query example with cases joined to their departments', async () => {
  const script = example('Send a query');
  expect(script.split('\n')[0]).toBe(loadTokens);
  const answer = await run(script);
  expect(answer.errors).toBeUndefined();
  const nodes = answer.data.cases.nodes;
  expect(nodes.length).toBeGreaterThan(0);
  for (const node of nodes) {
    expect(node.reference).toMatch(/^OS-/);
    expect(node.departments.length).toBeGreaterThan(0);
    expect(node.departments.every((department: any) => department.name)).toBe(true);
  }
});

it('stores the upload example with the sample PDF the repository ships', async () => {
  const answer = await run(`${loadTokens}\n${example('Upload a material')}`);
  expect(answer.errors).toBeUndefined();
  const pdf = readFileSync(join(projectRoot(), 'docs', 'examples', 'business-licence.pdf'));
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(answer.data.uploadMaterial).toMatchObject({
    sha256: createHash('sha256').update(pdf).digest('hex'),
    version: expect.any(Number),
    status: expect.any(String),
  });
});
