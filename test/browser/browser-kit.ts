import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { projectRoot } from '../../services/kit';
import { consoleDirectory } from '../../gateway/console';
import type { TestHub } from '../kit/hub';

/**
 * The system's Chromium (Debian package `chromium`; `.ci/run` installs it when missing), or the
 * one CHROMIUM_PATH names. Playwright's own browser downloads are not used.
 */
export function chromiumPath(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) throw new Error('No Chromium: install the `chromium` package or set CHROMIUM_PATH.');
  return found;
}

export function launchBrowser(): Promise<Browser> {
  // As root (CI containers) Chromium's sandbox cannot start.
  return chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
}

/** The gateway serves the built console (dist/web): built afresh, so the test sees this code. */
export function buildConsole(): void {
  const built = spawnSync('npx', ['vite', 'build', 'web', '--logLevel', 'warn'], {
    cwd: projectRoot(),
    stdio: 'inherit',
  });
  if (built.status !== 0 || !existsSync(join(consoleDirectory(), 'index.html'))) {
    throw new Error('The web console did not build.');
  }
}

export const consoleUrl = (hub: TestHub) => hub.gatewayUrl.replace(/\/graphql$/, '/');

/** Demo people the sign-in page lists: the DRC's staff are the demo accounts' own. */
export function staffKey(code: string, duty: 'clerk' | 'reviewer' | 'chief'): string {
  if (code === 'DRC') {
    return { clerk: 'windowClerk', reviewer: 'departmentReviewer', chief: 'chiefRepresentative' }[
      duty
    ];
  }
  return `${code.toLowerCase()}-${duty}`;
}

export async function signInAs(page: Page, base: string, person: string): Promise<void> {
  await page.goto(`${base}#/signin`);
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();
  await page.locator('select[name=person]').selectOption(person);
  await page.getByTestId('demo-sign-in').click();
  await page.getByTestId('who').waitFor();
}

/**
 * Waits until `locator` shows, letting the hub deliver its events and asking the screen to
 * reload (`reload`) between looks: the state a person would see by pressing refresh.
 */
export async function until(
  hub: TestHub,
  locator: Locator,
  reload?: () => Promise<unknown>,
  attempts = 80,
): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if ((await locator.count()) > 0) return;
    await hub.settle();
    if (reload) await reload();
    await locator
      .first()
      .waitFor({ timeout: 500 })
      .catch(() => {});
  }
  throw new Error(`Never showed: ${locator}`);
}

/** Screenshots go to ONESTOP_SCREENSHOTS when set (`npm run web:screens` sets docs/screens). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const directory = process.env.ONESTOP_SCREENSHOTS;
  if (!directory) return;
  const target = join(projectRoot(), directory);
  mkdirSync(target, { recursive: true });
  await page.screenshot({ path: join(target, `${name}.png`), fullPage: true });
}
