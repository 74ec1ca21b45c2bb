import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { profileDirectory } from './lib/processes';

/**
 * Summarizes the CPU profiles a run with BENCH_CPU_PROF wrote (`profileDirectory`): for each
 * process, where its CPU time went by package (or project folder) and the costliest functions.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

function owner(url: string): string {
  if (!url) return '(native/idle)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  const project = /\/dist\/(.+)\/[^/]+$/.exec(url);
  if (project) return project[1];
  if (url.startsWith('node:')) return 'node core';
  return url;
}

function main() {
  const directory = process.argv[2] ?? profileDirectory;
  for (const file of readdirSync(directory).filter((name) => name.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(directory, file), 'utf8')) as {
      nodes: ProfileNode[];
    };
    const total = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
    const byOwner = new Map<string, number>();
    const byFunction = new Map<string, number>();
    for (const node of profile.nodes) {
      const hits = node.hitCount ?? 0;
      const { functionName, url, lineNumber } = node.callFrame;
      const who = functionName === '(idle)' ? '(idle)' : owner(url);
      byOwner.set(who, (byOwner.get(who) ?? 0) + hits);
      const name = `${functionName || '(anonymous)'} ${owner(url)}:${lineNumber + 1}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
    }
    const top = (map: Map<string, number>, count: number) =>
      [...map.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, count)
        .map(([name, hits]) => `    ${((100 * hits) / total).toFixed(1).padStart(5)}%  ${name}`)
        .join('\n');
    console.log(`\n${file}\n  by package or folder:\n${top(byOwner, 12)}`);
    console.log(`  by function (self time):\n${top(byFunction, 15)}`);
  }
}

main();
