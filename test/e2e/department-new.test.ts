import { spawnSync, execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { projectRoot } from '../../services/kit/project-root';
import { nextPort, planDepartment, UsageError } from '../../scripts/department-new';

/**
 * `npm run department:new` in a scratch copy of the project (its files as they are now, the
 * project's node_modules linked): the department it makes composes, and the workflow test it
 * writes passes there. The project itself never sees the new department.
 */
const root = projectRoot();
const code = 'ZQX';
const folder = 'zqx';
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'onestop-department-new-'));
  const files = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  )
    .split('\0')
    .filter((file) => file && existsSync(join(root, file)));
  for (const file of files) {
    mkdirSync(dirname(join(scratch, file)), { recursive: true });
    cpSync(join(root, file), join(scratch, file));
  }
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const refusal = (args: string[]) => {
  try {
    planDepartment(scratch, args);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`${JSON.stringify(args)} was not refused`);
};

it('refuses a code that is not 2 to 6 upper-case letters, a taken code and an empty name', () => {
  for (const bad of ['tax', 'T', 'TAXBURO', 'TAX1', 'TA X', '']) {
    expect(refusal([bad, 'Tax Bureau'])).toMatch(/^The code must be 2 to 6 upper-case letters/);
  }
  expect(refusal(['EEB', 'Another bureau'])).toBe(
    'Department EEB exists already (services/departments/codes.ts).',
  );
  expect(refusal(['TAX', '  '])).toMatch(/^The department's name must not be empty/);
  expect(refusal(['TAX'])).toMatch(/^usage: npm run department:new -- <CODE> "<name>"/);
  expect(nextPort(scratch)).toBe(4016);
});

it('makes a department whose own workflow test passes, in a scratch copy only', () => {
  const made = spawnSync(
    'npm',
    ['run', '-s', 'department:new', '--', code, 'Bureau of Scaffolded Approvals'],
    { cwd: scratch, encoding: 'utf8' },
  );
  expect({ status: made.status, ...(made.status ? { stderr: made.stderr } : {}) }).toEqual({
    status: 0,
  });
  expect(made.stdout).toContain(`Department ${code} (Bureau of Scaffolded Approvals) on port 4016`);

  const read = (path: string) => readFileSync(join(scratch, path), 'utf8');
  expect(read('services/departments/codes.ts')).toContain(`'AMR', '${code}'] as const`);
  expect(read('services/departments/index.ts')).toContain(
    `import { ${folder} } from './${folder}';`,
  );
  const compose = read('docker-compose.yml');
  expect(compose).toContain(`  department_${folder}:\n    <<: *service\n`);
  expect(compose).toContain(
    `      DEPARTMENT_${code}_URL: http://department_${folder}:4016/graphql\n`,
  );
  expect(compose).toContain(`      department_${folder}:\n        condition: service_healthy\n`);
  expect(read('schema/supergraph.graphql')).toContain(
    `@join__graph(name: "department_${folder}", url: "http://localhost:4016/graphql")`,
  );
  expect(read('schema/public.graphql')).toMatch(new RegExp(`${folder}RecordFinding\\(`));

  // A second department with the same code is refused by the command itself, writing nothing.
  const again = spawnSync('node', ['dist/scripts/department-new.js', code, 'Twice'], {
    cwd: scratch,
    encoding: 'utf8',
  });
  expect(again.status).toBe(2);
  expect(again.stderr).toBe(
    `department:new: Department ${code} exists already (services/departments/codes.ts).\n`,
  );

  // The generated test, and the tests that the project stays in step with its departments
  // (schema/ is what compose writes, the console's typed desk operations are regenerated), on
  // this run's PostgreSQL.
  const env = { ...process.env };
  delete env.JEST_WORKER_ID;
  const results = join(scratch, 'jest-results.json');
  spawnSync(
    process.execPath,
    [
      join(scratch, 'node_modules/.bin/jest'),
      `test/e2e/departments/${folder}-workflow.test.ts`,
      'test/unit/schema.test.ts',
      'test/unit/typed-operations.test.ts',
      '--maxWorkers=1',
      '--json',
      `--outputFile=${results}`,
    ],
    { cwd: scratch, env, encoding: 'utf8' },
  );
  const run = JSON.parse(readFileSync(results, 'utf8'));
  const outcomes = run.testResults.flatMap(
    (file: { assertionResults: { fullName: string; status: string }[] }) =>
      file.assertionResults.map((test) => `${test.status}: ${test.fullName}`),
  );
  expect(outcomes).toEqual(
    expect.arrayContaining([
      'passed: accepts, records a finding, reviews and signs, sealing a licence that verifies',
      'passed: refuses an empty finding with a typed error',
      'passed: is a department of the center, by its code',
      'passed: schema/ is exactly what `npm run compose` writes',
      "passed: writes out every department's desk operations, as scripts/desk-documents.ts makes them",
    ]),
  );
  expect(outcomes.filter((outcome: string) => !outcome.startsWith('passed'))).toEqual([]);
  expect(run.success).toBe(true);

  expect(existsSync(join(root, 'services/departments', folder))).toBe(false);
}, 240_000);
