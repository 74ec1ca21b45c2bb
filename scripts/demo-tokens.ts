import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot, readConfig } from '../services/kit';
import { demoPeople } from '../services/demo-people';
import { signUserToken } from '../gateway/user-token';

/** Where `npm start` writes the demo tokens; the README's commands read them from here. */
export const demoTokensFile = (root = projectRoot()) => join(root, '.data', 'demo-tokens.env');

/** A signed token per demo role, by role (`coordinator`, `windowClerk`…). */
export async function demoTokens(): Promise<Record<string, string>> {
  const { userTokenSecret } = readConfig();
  const tokens: Record<string, string> = {};
  for (const [role, identity] of Object.entries(demoPeople)) {
    tokens[role] = await signUserToken(identity, userTokenSecret);
  }
  return tokens;
}

/** `COORDINATOR_TOKEN=…` for `coordinator`, `WINDOW_CLERK_TOKEN=…` for `windowClerk`. */
const variableOf = (role: string) =>
  `${role.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}_TOKEN`;

/**
 * Writes `ONESTOP_URL` and every demo token as shell variables, for
 * `set -a; . .data/demo-tokens.env; set +a`.
 */
export function writeDemoTokens(
  file: string,
  gatewayUrl: string,
  tokens: Record<string, string>,
): void {
  mkdirSync(dirname(file), { recursive: true });
  const variables = Object.entries(tokens).map(([role, token]) => `${variableOf(role)}=${token}`);
  writeFileSync(file, `ONESTOP_URL=${gatewayUrl}\n${variables.join('\n')}\n`);
}
