import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot } from '../services/kit/project-root';

/**
 * `npm run department:new -- <CODE> "<name>"`: a new department's subgraph from the kit, in the
 * shape of the existing ones (services/departments/eeb): its folder (index.ts on
 * `departmentSubgraph`, an entity of its own with its loader, resolver and input, a timestamped
 * migration, a licence), its entries in services/departments/index.ts and codes.ts, its
 * docker-compose service on the next free port, a test of its whole workflow, and the schema
 * composed again (`npm run compose`) with the typed operations regenerated.
 */

export class UsageError extends Error {}

/** JavaScript's reserved words a lower-cased code could spell; such a code gets a suffix. */
const reserved = new Set(
  (
    'do if in for let new try var case else enum eval null this true void with await break ' +
    'catch class const false super throw while yield delete export import public return ' +
    'static switch typeof default extends finally package private continue debugger function ' +
    'arguments interface protected implements instanceof'
  ).split(' '),
);

export interface NewDepartment {
  code: string;
  name: string;
  /** `xyz`: the folder and, unless reserved, the variable. */
  folder: string;
  variable: string;
  /** `Xyz`: the prefix of its type names. */
  prefix: string;
  port: number;
  /** `Migration20261129080000_xyz_findings`. */
  migration: string;
}

const usage = 'usage: npm run department:new -- <CODE> "<name>"  (e.g. TAX "Tax Bureau")';

/** Department codes the project has now, read from services/departments/codes.ts. */
export function takenCodes(root: string): string[] {
  const codes = readFileSync(join(root, 'services/departments/codes.ts'), 'utf8');
  const list = /departmentCodes\s*=\s*\[([^\]]*)\]/.exec(codes);
  if (!list) throw new Error('services/departments/codes.ts has no departmentCodes list.');
  return [...list[1].matchAll(/'([^']+)'/g)].map((match) => match[1]);
}

/** The next port after every department's, free in docker-compose.yml too. */
export function nextPort(root: string): number {
  const departments = join(root, 'services/departments');
  const ports = readdirSync(departments, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(departments, entry.name, 'index.ts')))
    .flatMap((entry) => {
      const index = readFileSync(join(departments, entry.name, 'index.ts'), 'utf8');
      return [...index.matchAll(/\bport:\s*(\d+)/g)].map((match) => Number(match[1]));
    });
  const compose = readFileSync(join(root, 'docker-compose.yml'), 'utf8');
  const used = new Set([
    ...ports,
    ...[...compose.matchAll(/PORT: '(\d+)'/g)].map((match) => Number(match[1])),
  ]);
  let port = Math.max(4010, ...ports) + 1;
  while (used.has(port)) port += 1;
  return port;
}

const timestamp = (at: Date) => at.toISOString().replace(/\D/g, '').slice(0, 14);

/** Checks the arguments; throws a UsageError that says what is wrong. */
export function planDepartment(root: string, args: string[], at = new Date()): NewDepartment {
  if (args.length !== 2) throw new UsageError(usage);
  const code = args[0].trim();
  const name = args[1].trim().replace(/\s+/g, ' ');
  if (!/^[A-Z]{2,6}$/.test(code)) {
    throw new UsageError(
      `The code must be 2 to 6 upper-case letters (A-Z), like the center's department codes; "${args[0]}" is not. ${usage}`,
    );
  }
  if (!name) throw new UsageError(`The department's name must not be empty. ${usage}`);
  if (takenCodes(root).includes(code)) {
    throw new UsageError(`Department ${code} exists already (services/departments/codes.ts).`);
  }
  const folder = code.toLowerCase();
  if (existsSync(join(root, 'services/departments', folder))) {
    throw new UsageError(`services/departments/${folder} exists already: choose another code.`);
  }
  const prefix = code.charAt(0) + code.slice(1).toLowerCase();
  return {
    code,
    name,
    folder,
    variable: reserved.has(folder) ? `${folder}Department` : folder,
    prefix,
    port: nextPort(root),
    migration: `Migration${timestamp(at)}_${folder}_findings`,
  };
}

/** A string literal of `text`; prettier then chooses the quotes. */
const quoted = (text: string) => JSON.stringify(text);

/** The department's own files, by path from the project's root. */
export function departmentFiles(d: NewDepartment): Record<string, string> {
  const base = `services/departments/${d.folder}`;
  const entity = `${d.prefix}Finding`;
  return {
    [`${base}/main.ts`]: `import { serveSubgraph } from '../../kit';
import { ${d.variable} } from '.';

serveSubgraph(${d.variable});
`,
    [`${base}/index.ts`]: `import { departmentSubgraph } from '../../kit';
import { ${entity} } from './finding/finding.entity';
import { findingByTask } from './finding/finding.loader';
import { ${entity}Resolver } from './finding/finding.resolver';
import { migrations } from './migrations';

/** ${d.name}: reviews its part of a joint approval and seals its approval. */
export const ${d.variable} = departmentSubgraph({
  code: '${d.code}',
  name: ${quoted(d.name)},
  port: ${d.port},
  licence: {
    title: ${quoted(`Approval of the ${d.name}`)},
    // A material type of its own: the center registers it for later applications to reuse.
    materialTypeCode: '${d.code}_APPROVAL',
    // Null: the approval does not lapse. A number of years when it does.
    validityYears: null,
  },
  entities: [${entity}],
  migrations,
  resolvers: [${entity}Resolver],
  fields: [
    {
      name: 'finding',
      type: () => ${entity},
      nullable: true,
      description: 'The finding of the review, once a reviewer recorded it.',
      resolve: (review, context) => findingByTask(context).load(review.id),
    },
  ],
  licenceDetails: async (em, task) => {
    const finding = await em.findOne(${entity}, { taskId: task.id });
    return finding && { finding: finding.finding };
  },
});
`,
    [`${base}/finding/finding.entity.ts`]: `import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';

/** What a ${d.code} reviewer found on a task; sealed into the approval. */
@ObjectType({ description: ${quoted(`The ${d.name}'s finding on a task.`)} })
@Entity({ tableName: 'finding' })
export class ${entity} {
  @Field(() => ID, { description: 'Id of the task the finding belongs to.' })
  @PrimaryKey({ type: 'uuid' })
  taskId!: string;

  @Field({ description: 'The finding, as the approval states it.' })
  @Property({ type: 'text' })
  finding!: string;

  @Field({ description: 'Subject of the reviewer who recorded it.' })
  @Property({ type: 'string' })
  recordedBy!: string;

  @Field({ description: 'When it was last recorded.' })
  @Property({ type: 'Date' })
  recordedAt!: Date;
}
`,
    [`${base}/finding/finding.input.ts`]: `import { Field, InputType } from 'type-graphql';

@InputType({ description: 'The finding a ${d.code} reviewer records on a task.' })
export class ${entity}Input {
  @Field({ description: 'The finding, as the approval states it.' })
  finding!: string;
}
`,
    [`${base}/finding/finding.loader.ts`]: `import { alignOne, defineLoader } from '../../../kit';
import { ${entity} } from './finding.entity';

export const findingByTask = defineLoader<string, ${entity} | null>(async (taskIds, { em }) =>
  alignOne(
    taskIds,
    await em.find(${entity}, { taskId: { $in: [...taskIds] } }),
    (finding) => finding.taskId,
  ),
);
`,
    [`${base}/finding/finding.resolver.ts`]: `import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { badInput, clock, Role, type RequestContext, recordTaskDetails } from '../../../kit';
import { ${entity} } from './finding.entity';
import { ${entity}Input } from './finding.input';

@Resolver(() => ${entity})
export class ${entity}Resolver {
  @Authorized(Role.DEPARTMENT_REVIEWER)
  @Mutation(() => ${entity}, {
    description: 'A ${d.code} reviewer records the finding of an undecided task.',
  })
  ${d.folder}RecordFinding(
    @Arg('taskId', () => ID, { description: 'Id of the task.' }) taskId: string,
    @Arg('finding', () => ${entity}Input, { description: 'The finding.' })
    input: ${entity}Input,
    @Ctx() context: RequestContext,
  ) {
    const finding = input.finding.trim();
    if (!finding) throw badInput('A finding says what was found.', { field: 'finding' });
    return recordTaskDetails(context, '${d.code}', taskId, (tx) =>
      tx.upsert(${entity}, {
        taskId,
        finding,
        recordedBy: context.identity.subject!,
        recordedAt: clock.now(),
      }),
    );
  }
}
`,
    [`${base}/migrations/${d.migration}.ts`]: `import { Migration } from '@mikro-orm/migrations';

export class ${d.migration} extends Migration {
  override async up(): Promise<void> {
    this.addSql(\`
      create table finding (
        task_id uuid primary key references department_task (id),
        finding text not null,
        recorded_by text not null,
        recorded_at timestamptz not null
      )\`);
  }
}
`,
    [`${base}/migrations/index.ts`]: `import { ${d.migration} } from './${d.migration}';

export const migrations = [{ name: '${d.migration}', class: ${d.migration} }];
`,
    [`test/e2e/departments/${d.folder}-workflow.test.ts`]: workflowTest(d),
  };
}

/** A test of the department's whole workflow, on data it makes itself through the test kit. */
function workflowTest(d: NewDepartment): string {
  return `import { verifyLicenceSignature } from '../../../services/kit/seal';
import { center } from '../../../services/center';
import { ${d.variable} } from '../../../services/departments/${d.folder}';
import type { TestHub } from '../../kit/hub';
import { startTestHub } from '../../kit/hub';
import {
  accept,
  departmentEvents,
  openTask,
  readTask,
  registerStaff,
  review,
  sign,
  sql,
  staff,
} from './department-hub';

const code = '${d.code}';
const name = ${quoted(d.name)};
let hub: TestHub;

/** A day from today, as the center writes permits' and authorizations' dates. */
const day = (fromToday: number) =>
  new Date(Date.now() + fromToday * 86_400_000).toISOString().slice(0, 10);

// The center and ${d.code}. The center's demo seed knows nothing of ${d.code}: the center admin
// creates the department through the graph, and its clerk, reviewer and chief representative are
// registered as the center announces them (events), with permits and an authorization for every
// item valid today.
beforeAll(async () => {
  hub = await startTestHub({ subgraphs: [center, ${d.variable}] });
  const created = await hub.query(
    'centerAdmin',
    \`mutation ($input: CreateDepartmentInput!) { createDepartment(input: $input) { code name } }\`,
    { input: { code, name } },
  );
  expect(created.errors).toBeUndefined();
  const permit = { issuedOn: day(-30), expiresOn: day(365) };
  await registerStaff(hub, staff(code, 'clerk'), permit);
  await registerStaff(hub, staff(code, 'reviewer'), permit);
  await registerStaff(hub, staff(code, 'chief'), permit, {
    itemCodes: 'ALL',
    validFrom: day(-30),
    validTo: day(365),
  });
}, 120_000);

afterAll(async () => {
  await hub?.stop();
});

it('accepts, records a finding, reviews and signs, sealing a licence that verifies', async () => {
  const { taskId, caseId } = await openTask(hub, code);
  expect((await readTask(hub, code, taskId)).status).toBe('OPEN');

  const accepted = await accept(hub, staff(code, 'clerk'), code, taskId);
  expect(accepted.errors).toBeUndefined();
  expect(accepted.data.review).toMatchObject({ status: 'ACCEPTED', acceptedBy: 'staff-${d.folder}-clerk' });

  const reviewer = staff(code, 'reviewer');
  const recorded = await hub.query(
    reviewer,
    \`mutation ($taskId: ID!) {
      ${d.folder}RecordFinding(taskId: $taskId, finding: { finding: "Complies." }) {
        finding recordedBy
      }
    }\`,
    { taskId },
  );
  expect(recorded.errors).toBeUndefined();
  expect(recorded.data.${d.folder}RecordFinding).toEqual({
    finding: 'Complies.',
    recordedBy: 'staff-${d.folder}-reviewer',
  });

  const reviewed = await review(hub, reviewer, code, taskId, 'Materials complete.');
  expect(reviewed.errors).toBeUndefined();
  expect(reviewed.data.review).toMatchObject({ status: 'REVIEWED', opinion: 'Materials complete.' });

  const signed = await sign(hub, staff(code, 'chief'), code, taskId);
  expect(signed.errors).toBeUndefined();
  const result = signed.data.review;
  expect(result).toMatchObject({ status: 'APPROVED', decidedBy: 'staff-${d.folder}-chief' });
  expect(result.timeline.map((entry: { kind: string }) => entry.kind)).toEqual([
    'OPENED',
    'ACCEPTED',
    'REVIEWED',
    'APPROVED',
  ]);

  const { licence } = result;
  expect(licence).toMatchObject({
    itemCode: '${d.code}-001',
    materialTypeCode: '${d.code}_APPROVAL',
    validUntil: null,
  });
  expect(licence.serial.startsWith('${d.code}-')).toBe(true);
  const content = JSON.parse(licence.content);
  expect(content).toMatchObject({ caseId, taskId, signedBy: 'staff-${d.folder}-chief' });
  expect(content.details).toEqual({ finding: 'Complies.' });
  const [generated] = await sql(
    hub,
    \`select payload from events.event where topic = 'department.seal.generated' and key = ?\`,
    [code],
  );
  expect(verifyLicenceSignature(content, licence.signature, generated.payload.publicKey)).toBe(true);

  const events = await departmentEvents(hub, taskId);
  expect(events.map((event) => event.topic)).toEqual([
    'department.task.accepted',
    'department.task.reviewed',
    'department.task.approved',
  ]);
  expect(events.every((event) => event.producer === 'department_${d.folder}')).toBe(true);

  const read = await hub.query(
    'coordinator',
    \`query ($id: ID!) { ${d.folder}Task(id: $id) { finding { finding } } }\`,
    { id: taskId },
  );
  expect(read.data.${d.folder}Task.finding).toEqual({ finding: 'Complies.' });
});

it('is a department of the center, by its code', async () => {
  const read = await hub.query(null, \`query ($code: ID!) { department(code: $code) { code name } }\`, {
    code,
  });
  expect(read.data.department).toEqual({ code, name });
});

it('refuses an empty finding with a typed error', async () => {
  const { taskId } = await openTask(hub, code);
  expect((await accept(hub, staff(code, 'clerk'), code, taskId)).errors).toBeUndefined();
  const refused = await hub.query(
    staff(code, 'reviewer'),
    \`mutation ($taskId: ID!) {
      ${d.folder}RecordFinding(taskId: $taskId, finding: { finding: "  " }) { finding }
    }\`,
    { taskId },
  );
  expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
});
`;
}

/** Adds the department to services/departments/index.ts and codes.ts. */
export function register(root: string, d: NewDepartment): string[] {
  const indexPath = join(root, 'services/departments/index.ts');
  let index = readFileSync(indexPath, 'utf8');
  const imports = [...index.matchAll(/^import \{ \w+ \} from '\.\/(\w+)';\n/gm)];
  const before = imports.find((match) => match[1] > d.folder);
  const line = `import { ${d.variable} } from './${d.folder}';\n`;
  const at = before
    ? before.index!
    : imports[imports.length - 1].index! + imports[imports.length - 1][0].length;
  index = index.slice(0, at) + line + index.slice(at);
  const list = /export const departments = \[([^\]]*)\];/;
  if (!list.test(index)) throw new Error('services/departments/index.ts has no departments list.');
  index = index.replace(
    list,
    (_whole, items: string) =>
      `export const departments = [${items.trim().replace(/,$/, '')}, ${d.variable}];`,
  );
  writeFileSync(indexPath, index);

  const codesPath = join(root, 'services/departments/codes.ts');
  const codes = readFileSync(codesPath, 'utf8').replace(
    /(departmentCodes\s*=\s*\[)([^\]]*)(\])/,
    (_whole, head: string, items: string, tail: string) =>
      `${head}${items.trim().replace(/,$/, '')}, '${d.code}'${tail}`,
  );
  writeFileSync(codesPath, codes);
  return ['services/departments/index.ts', 'services/departments/codes.ts'];
}

/** Adds the department's container to docker-compose.yml, shaped as the last department's. */
export function addComposeService(root: string, d: NewDepartment): string {
  const path = join(root, 'docker-compose.yml');
  let compose = readFileSync(path, 'utf8');
  const blocks = [...compose.matchAll(/^ {2}department_(\w+):\n(?: {4}.*\n|\n(?= {4}))*/gm)];
  const last = blocks[blocks.length - 1];
  if (!last) throw new Error('docker-compose.yml has no department service to copy.');
  const lastPort = /PORT: '(\d+)'/.exec(last[0])?.[1];
  if (!lastPort) throw new Error(`docker-compose.yml: department_${last[1]} has no PORT.`);
  const block = last[0]
    .replaceAll(`department_${last[1]}`, `department_${d.folder}`)
    .replaceAll(`departments/${last[1]}/`, `departments/${d.folder}/`)
    .replaceAll(lastPort, String(d.port));
  const end = last.index! + last[0].length;
  compose = `${compose.slice(0, end)}\n${block.trimEnd()}\n${compose.slice(end)}`;

  const urls = [...compose.matchAll(/^ {6}DEPARTMENT_\w+_URL: .*\n/gm)];
  const afterUrls = urls[urls.length - 1];
  if (!afterUrls) throw new Error('docker-compose.yml: the gateway lists no DEPARTMENT_*_URL.');
  const urlAt = afterUrls.index! + afterUrls[0].length;
  compose =
    compose.slice(0, urlAt) +
    `      DEPARTMENT_${d.code}_URL: http://department_${d.folder}:${d.port}/graphql\n` +
    compose.slice(urlAt);

  const depends = [...compose.matchAll(/^ {6}department_\w+:\n {8}condition: service_healthy\n/gm)];
  const afterDepends = depends[depends.length - 1];
  if (!afterDepends) throw new Error('docker-compose.yml: the gateway depends on no department.');
  const dependsAt = afterDepends.index! + afterDepends[0].length;
  compose =
    compose.slice(0, dependsAt) +
    `      department_${d.folder}:\n        condition: service_healthy\n` +
    compose.slice(dependsAt);
  writeFileSync(path, compose);
  return 'docker-compose.yml';
}

function run(root: string, command: string, args: string[]) {
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
}

export function createDepartment(
  root: string,
  args: string[],
  options: { compose?: boolean } = {},
) {
  const d = planDepartment(root, args);
  const files = departmentFiles(d);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  const edited = [...register(root, d), addComposeService(root, d)];
  const written = [...Object.keys(files), ...edited];
  run(root, process.execPath, [
    require.resolve('prettier/bin/prettier.cjs'),
    '--write',
    '--log-level',
    'warn',
    ...written,
  ]);
  console.log(`Department ${d.code} (${d.name}) on port ${d.port}:\n  ${written.join('\n  ')}`);
  if (options.compose !== false) {
    // The approvals subgraph declares the new review type, so every schema file may change.
    run(root, 'npm', ['run', '-s', 'compose']);
    run(root, 'npm', ['run', '-s', 'web:codegen', '--', '--silent']);
    run(root, 'npm', ['run', '-s', 'examples:codegen', '--', '--silent']);
  }
  console.log(
    [
      '',
      'Next:',
      `  npx jest test/e2e/departments/${d.folder}-workflow.test.ts   (its workflow, end to end)`,
      '  npm run check && npm run schema:check   (before deploying)',
      `  at the center: department ${d.code}, its section, staff and chief representative, the`,
      `  material type ${d.code}_APPROVAL of its licence, and the items it approves`,
    ].join('\n'),
  );
  return d;
}

if (require.main === module) {
  try {
    createDepartment(projectRoot(), process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`department:new: ${error.message}`);
      process.exit(2);
    }
    console.error(error);
    process.exit(1);
  }
}
