import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { allTopics, eventKeys } from '../services/contracts';
import { projectRoot } from '../services/kit';

/** The document whose event table is generated, and the markers around the table. */
export const eventTableDocument = join(projectRoot(), 'docs', 'joint-approval.md');
const start = '<!-- event table: generated from services/contracts by `npm run docs:events` -->';
const end = '<!-- end of event table -->';

function payloadTypes(): Map<string, { type: ts.Type; checker: ts.TypeChecker }> {
  const file = join(projectRoot(), 'services', 'contracts', 'hub-events.ts');
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  let map: ts.Type | undefined;
  source.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'HubEventMap') {
      map = checker.getTypeAtLocation(node);
    }
  });
  if (!map) throw new Error('HubEventMap not found in services/contracts/hub-events.ts');
  return new Map(
    checker
      .getPropertiesOfType(map)
      .map((property) => [
        property.name,
        { type: checker.getTypeOfSymbolAtLocation(property, source), checker },
      ]),
  );
}

const plain =
  ts.TypeFlags.String | ts.TypeFlags.Number | ts.TypeFlags.Boolean | ts.TypeFlags.Unknown;

/** A payload's shape as the table shows it: field names, nesting, literal choices, nulls. */
function shape(type: ts.Type, checker: ts.TypeChecker): string {
  if (type.isUnion()) {
    if (type.types.every((part) => part.flags & ts.TypeFlags.BooleanLiteral)) return 'boolean';
    return type.types.map((part) => shape(part, checker)).join(' | ');
  }
  if (type.isStringLiteral()) return `'${type.value}'`;
  if (checker.isArrayType(type)) {
    const [element] = checker.getTypeArguments(type as ts.TypeReference);
    return element.flags & plain
      ? `${checker.typeToString(element)}[]`
      : `[${shape(element, checker)}]`;
  }
  const properties = checker.getPropertiesOfType(type);
  if (!(type.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) || !properties.length) {
    return checker.typeToString(type);
  }
  const fields = properties.map((property) => {
    const field = checker.getTypeOfSymbol(property);
    const parts = field.isUnion() ? field.types : [field];
    const nullable = parts.some((part) => part.flags & ts.TypeFlags.Null);
    // getNonNullableType would turn `unknown` into `{}`.
    const value = field.flags & ts.TypeFlags.Unknown ? field : checker.getNonNullableType(field);
    const suffix = nullable ? ' | null' : '';
    // Plain fields show by name: the prose above says what instants, dates and `by` are.
    if (value.flags & plain) return property.name + suffix;
    return `${property.name}: ${shape(value, checker)}${suffix}`;
  });
  return `{ ${fields.join(', ')} }`;
}

/** The event table: every topic of the contract with its producer, key and payload. */
export function eventTable(): string {
  const types = payloadTypes();
  const rows = allTopics.map((topic) => {
    const { type, checker } = types.get(topic)!;
    const payload = shape(type, checker).replaceAll('|', '\\|');
    return `| \`${topic}\` | ${topic.split('.')[0]} | ${eventKeys[topic]} | \`${payload}\` |`;
  });
  return ['| topic | producer | key | payload |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function tableBounds(text: string): { from: number; to: number } {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`${eventTableDocument} lacks the table markers.`);
  return { from: from + start.length, to };
}

/** A table's rows with the padding of its cells (prettier's alignment) taken out. */
export const tableRows = (table: string): string[] =>
  table
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('|'))
    .map((line) => line.replace(/ *\| */g, '|').replace(/\|-+(?=\|)/g, '|-'));

/** The rows of the table the document shows now. */
export function documentedEventTable(): string[] {
  const text = readFileSync(eventTableDocument, 'utf8');
  const { from, to } = tableBounds(text);
  return tableRows(text.slice(from, to));
}

/** The document with its event table regenerated, formatted as the repository formats it. */
export async function documentWithEventTable(): Promise<string> {
  const text = readFileSync(eventTableDocument, 'utf8');
  const { from, to } = tableBounds(text);
  const updated = `${text.slice(0, from)}\n\n${eventTable()}\n\n${text.slice(to)}`;
  // Loaded here only: prettier cannot be imported inside jest's module sandbox.
  const prettier = await import('prettier');
  const options = await prettier.resolveConfig(eventTableDocument);
  return prettier.format(updated, { ...options, filepath: eventTableDocument });
}
