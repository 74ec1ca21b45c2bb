import { join } from 'node:path';
import { projectRoot } from '../services/kit';
import { departmentCodes } from '../services/departments/codes';

export const deskDocumentsFile = join(projectRoot(), 'web', 'src', 'desk-documents.ts');

/** What the desk does with a task, the same for every department: `<code>` is its field prefix. */
const deskOperations = {
  tasks: 'query {Name}DeskTasks { tasks: {prefix}Tasks(first: 100) { nodes { ...DeskReview } } }',
  accept:
    'mutation {Name}DeskAccept($taskId: ID!) { result: {prefix}AcceptTask(taskId: $taskId) { ...DeskReview } }',
  review:
    'mutation {Name}DeskReview($taskId: ID!, $opinion: String!) { result: {prefix}ReviewTask(taskId: $taskId, opinion: $opinion) { ...DeskReview } }',
  meeting:
    'mutation {Name}DeskMeeting($taskId: ID!, $heldOn: Date!, $minutes: String!) { result: {prefix}RecordMeeting(taskId: $taskId, heldOn: $heldOn, minutes: $minutes) { ...DeskReview } }',
  supplement:
    'mutation {Name}DeskSupplement($taskId: ID!, $requests: [DepartmentSupplementRequestInput!]!) { result: {prefix}RequestSupplement(taskId: $taskId, requests: $requests) { ...DeskReview } }',
  reject:
    'mutation {Name}DeskReject($taskId: ID!, $reasons: [String!]!) { result: {prefix}RejectTask(taskId: $taskId, reasons: $reasons) { ...DeskReview } }',
  sign: 'mutation {Name}DeskSign($taskId: ID!) { result: {prefix}SignTask(taskId: $taskId) { ...DeskReview } }',
};

/**
 * The console's desk operations for every department, written out as static documents: the
 * console's codegen types them and registers them as trusted documents, which a document made
 * at run time could not be. `npm run web:codegen` rewrites the file after a department is added.
 */
export function deskDocumentsSource(): string {
  const departments = departmentCodes.map((code) => {
    const prefix = code.toLowerCase();
    const name = code[0] + code.slice(1).toLowerCase();
    const operations = Object.entries(deskOperations).map(([operation, template]) => {
      const text = template.replaceAll('{Name}', name).replaceAll('{prefix}', prefix);
      return `    ${operation}: graphql(\`${text}\`),`;
    });
    return [`  ${code}: {`, ...operations, '  },'].join('\n');
  });
  return [
    '// Written by `npm run web:codegen` (scripts/desk-documents.ts) from the departments of',
    '// services/departments/codes.ts; edit the script, not this file.',
    "import { graphql } from './gql';",
    '',
    "/** Every department desk's operations, by department code; answers read through `DeskReview`. */",
    'export const deskDocuments = {',
    ...departments,
    '};',
    '',
  ].join('\n');
}
