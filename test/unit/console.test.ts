import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig, type HubConfig } from '../../services/kit';
import { withConsole } from '../../gateway/console';
import { createUserTokenVerifier } from '../../gateway/user-token';

let directory: string;
const servers: Server[] = [];

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'onestop-console-'));
  mkdirSync(join(directory, 'assets'));
  writeFileSync(join(directory, 'index.html'), '<html>console</html>');
  writeFileSync(join(directory, 'assets', 'app-1234.js'), 'console.log(1)');
});

afterAll(async () => {
  for (const server of servers) await new Promise((resolve) => server.close(resolve));
  rmSync(directory, { recursive: true, force: true });
});

/** The console handler in front of a stand-in gateway that answers "gateway". */
async function serve(config: HubConfig, root = directory): Promise<string> {
  const gateway: RequestListener = (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.end('gateway');
  };
  const server = createServer(withConsole(gateway, config, root));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

const development = () => readConfig({} as NodeJS.ProcessEnv);

it('serves the console at / and its screens, and leaves /graphql and posts to the gateway', async () => {
  const base = await serve(development());
  const page = await fetch(`${base}/`);
  expect(await page.text()).toBe('<html>console</html>');
  expect(page.headers.get('content-type')).toContain('text/html');
  expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
  expect(page.headers.get('x-frame-options')).toBe('DENY');
  expect(await (await fetch(`${base}/desk/anything`)).text()).toBe('<html>console</html>');

  const asset = await fetch(`${base}/assets/app-1234.js`);
  expect(asset.headers.get('content-type')).toContain('text/javascript');
  expect(asset.headers.get('cache-control')).toContain('immutable');

  expect(await (await fetch(`${base}/graphql?query={__typename}`)).text()).toBe('gateway');
  expect(await (await fetch(`${base}/healthcheck`)).text()).toBe('gateway');
  expect(await (await fetch(`${base}/readiness`)).text()).toBe('gateway');
  expect(await (await fetch(`${base}/metrics`)).text()).toBe('gateway');
  expect(await (await fetch(`${base}/`, { method: 'POST', body: '{}' })).text()).toBe('gateway');
});

it('never serves a file outside the console directory', async () => {
  const base = await serve(development());
  const response = await fetch(`${base}/..%2f..%2fetc%2fpasswd`);
  expect(response.status).toBe(404);
  expect(await response.text()).not.toContain('root:');
});

it('leaves everything to the gateway when no console was built', async () => {
  const base = await serve(development(), join(directory, 'missing'));
  expect(await (await fetch(`${base}/`)).text()).toBe('gateway');
});

it('signs demo tokens in development that the gateway accepts, and has no such route in production', async () => {
  const config = development();
  const base = await serve(config);
  const people = (await (await fetch(`${base}/dev/demo-identities`)).json()) as any[];
  expect(people.map((person) => person.key)).toEqual(
    expect.arrayContaining(['applicant', 'coordinator', 'nrp-reviewer', 'amr-chief']),
  );
  const { token } = (await (await fetch(`${base}/dev/demo-token?person=eeb-chief`)).json()) as {
    token: string;
  };
  const identity = await createUserTokenVerifier(config)(`Bearer ${token}`);
  expect(identity).toMatchObject({
    subject: 'staff-eeb-chief',
    roles: ['CHIEF_REPRESENTATIVE'],
    departmentCode: 'EEB',
  });
  expect((await fetch(`${base}/dev/demo-token?person=nobody`)).status).toBe(404);

  const production = await serve({ ...config, production: true });
  expect((await fetch(`${production}/dev/demo-identities`)).status).toBe(404);
  expect((await fetch(`${production}/dev/demo-token?person=applicant`)).status).toBe(404);
});
