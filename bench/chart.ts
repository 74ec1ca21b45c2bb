import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../services/kit';

/**
 * Draws docs/benchmarks.svg from a results file (the newest full run unless a path is given):
 * throughput of both gateways, gateway overhead, and p50 at both scale sizes.
 */
interface Bar {
  label: string;
  value: number;
  colour: string;
}

const colours = { ours: '#2f6fb0', theirs: '#b0b0b0', small: '#7aa8d6', large: '#2f6fb0' };

function panel(title: string, unit: string, bars: Bar[], x: number, y: number): string {
  const width = 420;
  const rowHeight = 22;
  const labelWidth = 190;
  const max = Math.max(...bars.map((bar) => bar.value), 1);
  const rows = bars.map((bar, index) => {
    const top = y + 28 + index * rowHeight;
    const length = ((width - labelWidth - 60) * bar.value) / max;
    return [
      `<text x="${x}" y="${top + 14}" font-size="12">${escape(bar.label)}</text>`,
      `<rect x="${x + labelWidth}" y="${top + 3}" width="${length.toFixed(1)}" height="15" fill="${bar.colour}"/>`,
      `<text x="${x + labelWidth + length + 4}" y="${top + 14}" font-size="12">${bar.value} ${unit}</text>`,
    ].join('');
  });
  return `<text x="${x}" y="${y + 14}" font-size="14" font-weight="bold">${escape(title)}</text>${rows.join('')}`;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function newestFullRun(): string {
  const directory = join(projectRoot(), 'bench', 'results');
  const files = readdirSync(directory)
    .filter((file) => file.startsWith('full-') && file.endsWith('.json'))
    .sort();
  if (!files.length) throw new Error(`No full run in ${directory}: run npm run bench -- --full.`);
  return join(directory, files.at(-1)!);
}

function main() {
  const file = process.argv[2] ?? newestFullRun();
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const gatewayBars: Bar[] = report.gateways.flatMap((row: any) => [
    {
      label: `${row.query.split(' ')[0]}, ${row.connections} conn, Hive`,
      value: row['hive rps'],
      colour: colours.ours,
    },
    {
      label: `${row.query.split(' ')[0]}, ${row.connections} conn, Apollo`,
      value: row['apollo rps'],
      colour: colours.theirs,
    },
  ]);
  const overheadBars: Bar[] = report.overhead.flatMap((row: any) => [
    {
      label: `via gateway, ${row.connections} conn`,
      value: row['gateway p50 ms'],
      colour: colours.ours,
    },
    {
      label: `straight, ${row.connections} conn`,
      value: row['direct p50 ms'],
      colour: colours.theirs,
    },
  ]);
  const scaleBars: Bar[] = ['dossier', 'board'].flatMap((name) =>
    report.scale.rows.map((row: any, index: number) => ({
      label: `${name}, ${row['bulk cases'].toLocaleString('en')} cases`,
      value: row[`${name} p50 ms`],
      colour: index === 0 ? colours.small : colours.large,
    })),
  );
  const memoryBars: Bar[] = report.memory.map((row: any) => ({
    label: row.process,
    value: row['peak RSS MiB'],
    colour: row.process.startsWith('gateway') ? colours.ours : colours.small,
  }));
  const panels: [string, string, Bar[]][] = [
    ['1. Federated queries: requests/s', 'rps', gatewayBars],
    ['2. Gateway overhead: p50', 'ms', overheadBars],
    ['5. Scale: p50', 'ms', scaleBars],
    ['6. Peak resident memory', 'MiB', memoryBars],
  ];
  let y = 40;
  const parts: string[] = [];
  for (const [index, [title, unit, bars]] of panels.entries()) {
    const x = index % 2 === 0 ? 10 : 460;
    parts.push(panel(title, unit, bars, x, y));
    if (index % 2 === 1) {
      y += 40 + 22 * Math.max(panels[index - 1][2].length, bars.length);
    }
  }
  const height = y + 10;
  const heading = `OneStop benchmarks, ${report.mode} run of ${report.startedAt.slice(0, 10)}: ${report.machine.cores} cores, ${report.machine.cpu}, Node ${report.machine.node}`;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="${height}" font-family="sans-serif">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="10" y="22" font-size="13">${escape(heading)}</text>`,
    ...parts,
    '</svg>',
  ].join('\n');
  const out = join(projectRoot(), 'docs', 'benchmarks.svg');
  writeFileSync(out, `${svg}\n`);
  console.log(`Wrote ${out} from ${file}`);
}

main();
