import type { Browser } from 'playwright-core';
import { center } from '../../services/center';
import { startTestHub, type TestHub } from '../kit/hub';
import { launchBrowser } from './browser-kit';

// GraphiQL is served from the project's own dependencies: on a closed network (a government
// intranet) it must load and run a query with every request beyond the hub refused.
let hub: TestHub;
let browser: Browser;

beforeAll(async () => {
  hub = await startTestHub({ subgraphs: [center] });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe('GraphiQL', () => {
  it('loads and runs a query with no network beyond the gateway', async () => {
    const hubOrigin = new URL(hub.gatewayUrl).origin;
    const outside: string[] = [];
    const context = await browser.newContext();
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith(hubOrigin) || url.startsWith('data:') || url.startsWith('blob:')) {
        await route.continue();
      } else {
        outside.push(url);
        await route.abort();
      }
    });
    const page = await context.newPage();
    await page.goto(`${hub.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`);
    await page.locator('.graphiql-execute-button').click();
    // The editor lays text out with non-breaking spaces.
    const answer = /"__typename":\s+"Query"/;
    await page.locator('.result-window', { hasText: answer }).waitFor();
    expect(await page.locator('.result-window').innerText()).toMatch(answer);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('offers the bearer token header to fill in', async () => {
    const page = await browser.newPage();
    await page.goto(hub.gatewayUrl);
    await page.locator('.graphiql-editor-tool', { hasText: 'authorization' }).first().waitFor();
    await page.close();
  });
});
