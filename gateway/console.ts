import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { Role, metricsPath, projectRoot, type HubConfig, type Identity } from '../services/kit';
import { demoPeople } from '../services/demo-people';
import { departmentCodes } from '../services/departments/codes';
import { signUserToken } from './user-token';

/** Where `npm run build` puts the web console (web/vite.config.ts says the same). */
export const consoleDirectory = () => join(projectRoot(), 'dist', 'web');

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The console loads its own scripts and styles and talks to /graphql on the same origin only. */
const consoleHeaders = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
};

/** Paths the gateway runtime answers itself. */
const gatewayPaths = ['/graphql', '/healthcheck', '/readiness', metricsPath];

const duties = [
  ['clerk', Role.WINDOW_CLERK],
  ['reviewer', Role.DEPARTMENT_REVIEWER],
  ['chief', Role.CHIEF_REPRESENTATIVE],
] as const;

/**
 * The people a developer may sign in as: the demo accounts, and the clerk, reviewer and chief
 * representative the center's demo data registers for every department.
 */
export function demoIdentities(): Record<string, Identity> {
  const people: Record<string, Identity> = {
    ...demoPeople,
    // An applicant account that has not registered its enterprise or person yet.
    newApplicant: {
      subject: 'demo-new-applicant',
      name: 'Chen Yu (not registered yet)',
      roles: [Role.APPLICANT],
      departmentCode: null,
      applicantId: null,
    },
  };
  for (const code of departmentCodes) {
    for (const [duty, role] of duties) {
      const subject = `staff-${code.toLowerCase()}-${duty}`;
      if (Object.values(people).some((person) => person.subject === subject)) continue;
      people[`${code.toLowerCase()}-${duty}`] = {
        subject,
        name: `${code} ${duty}`,
        roles: [role],
        departmentCode: code,
        applicantId: null,
      };
    }
  }
  return people;
}

function send(response: ServerResponse, status: number, body: string | Buffer, type: string) {
  response.writeHead(status, {
    ...consoleHeaders,
    'content-type': type,
    'cache-control': 'no-store',
  });
  response.end(body);
}

/**
 * Development only: `GET /dev/demo-identities` lists the demo people and `GET
 * /dev/demo-token?person=<key>` signs a one-hour token for one, with the development secret. A
 * production gateway has neither route (production refuses the development secret anyway).
 */
async function serveDemoTokens(url: URL, response: ServerResponse, config: HubConfig) {
  const people = demoIdentities();
  if (url.pathname === '/dev/demo-identities') {
    const list = Object.entries(people).map(([key, person]) => ({
      key,
      name: person.name,
      roles: person.roles,
      departmentCode: person.departmentCode,
      applicantId: person.applicantId,
    }));
    return send(response, 200, JSON.stringify(list), contentTypes['.json']);
  }
  const person = people[url.searchParams.get('person') ?? ''];
  if (!person) return send(response, 404, '{"error":"no such demo person"}', contentTypes['.json']);
  const token = await signUserToken(person, config.userTokenSecret, '8h');
  return send(response, 200, JSON.stringify({ token }), contentTypes['.json']);
}

function serveFile(directory: string, url: URL, response: ServerResponse) {
  let path: string;
  try {
    path = normalize(join(directory, decodeURIComponent(url.pathname)));
  } catch {
    return send(response, 400, 'Bad path', 'text/plain; charset=utf-8');
  }
  if (path !== directory && !path.startsWith(directory + sep)) {
    return send(response, 404, 'Not found', 'text/plain; charset=utf-8');
  }
  const isFile = existsSync(path) && statSync(path).isFile();
  // Any other path is one of the console's own screens: the single page answers it.
  const file = isFile ? path : join(directory, 'index.html');
  const type = contentTypes[extname(file)] ?? 'application/octet-stream';
  const body = readFileSync(file);
  response.writeHead(200, {
    ...consoleHeaders,
    'content-type': type,
    // Built assets carry a content hash in their name; the page itself is always asked again.
    'cache-control': file.includes(`${sep}assets${sep}`)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
  });
  response.end(body);
}

/**
 * Serves the built web console at `/` beside the gateway: every path the gateway does not own
 * is a file of the console or one of its screens. Without a built console the gateway alone
 * answers, as before.
 */
export function withConsole(
  gateway: RequestListener,
  config: HubConfig,
  directory = consoleDirectory(),
): RequestListener {
  return (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (gatewayPaths.some((path) => url.pathname === path || url.pathname.startsWith(`${path}/`))) {
      return gateway(request, response);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return gateway(request, response);
    if (url.pathname.startsWith('/dev/')) {
      if (config.production) return send(response, 404, 'Not found', 'text/plain; charset=utf-8');
      serveDemoTokens(url, response, config).catch(() =>
        send(response, 500, '{"error":"no token"}', contentTypes['.json']),
      );
      return;
    }
    if (!existsSync(join(directory, 'index.html'))) return gateway(request, response);
    serveFile(directory, url, response);
  };
}
