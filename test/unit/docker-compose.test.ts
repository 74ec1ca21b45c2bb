import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot, subgraphDatabaseUrlVariable, subgraphRoleName } from '../../services/kit';
import { subgraphs } from '../../services/registry';
import { readSupergraph, routingUrls } from '../../gateway/supergraph';

/** No Docker engine runs here, so the deployment file is checked by reading it. */
const root = projectRoot();
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true });
const services: Record<string, any> = compose.services;
const composedUrls = routingUrls(readSupergraph());

describe('docker-compose.yml', () => {
  it('has PostgreSQL with a healthcheck', () => {
    expect(services.postgres.healthcheck.test.join(' ')).toMatch(/pg_isready/);
  });

  it.each(subgraphs.map((subgraph) => subgraph.name))(
    'runs subgraph %s as its own service',
    (name) => {
      const service = services[name];
      expect(service).toBeDefined();
      const entry = service.command.at(-1) as string;
      expect(existsSync(join(root, entry.replace(/^dist\//, '').replace(/\.js$/, '.ts')))).toBe(
        true,
      );
      const composedPort = new URL(composedUrls[name]).port;
      expect(service.environment.PORT).toBe(composedPort);
      expect(service.depends_on.postgres.condition).toBe('service_healthy');
      expect(service.depends_on['database-roles'].condition).toBe('service_completed_successfully');
      expect(service.healthcheck.test.join(' ')).toContain(`localhost:${composedPort}/ready`);
    },
  );

  it.each(subgraphs.map((subgraph) => subgraph.name))(
    'connects subgraph %s as its own role, with no other database URL',
    (name) => {
      const environment: Record<string, string> = services[name].environment;
      const urls = Object.keys(environment).filter((variable) => variable.endsWith('DATABASE_URL'));
      expect(urls).toEqual([subgraphDatabaseUrlVariable(name)]);
      // The password is the operator's, required by compose: `${…_DATABASE_PASSWORD:?…}`.
      const [, user, password] =
        /^postgres:\/\/([a-z_]+):\$\{([A-Z_]+):\?[^}]+\}@postgres:5432\/onestop$/.exec(
          environment[subgraphDatabaseUrlVariable(name)],
        ) ?? [];
      expect(user).toBe(subgraphRoleName(name));
      expect(password).toBe(`ONESTOP_${name.toUpperCase()}_DATABASE_PASSWORD`);
    },
  );

  it("provisions every subgraph's role with the administrator's URL before any subgraph starts", () => {
    const provisioning = services['database-roles'];
    expect(provisioning.command.at(-1)).toBe('dist/scripts/db-roles.js');
    expect(existsSync(join(root, 'scripts', 'db-roles.ts'))).toBe(true);
    expect(provisioning.depends_on.postgres.condition).toBe('service_healthy');
    expect(new URL(provisioning.environment.DATABASE_URL).username).toBe(
      services.postgres.environment.POSTGRES_USER,
    );
    for (const { name } of subgraphs) {
      expect(provisioning.environment[subgraphDatabaseUrlVariable(name)]).toBe(
        services[name].environment[subgraphDatabaseUrlVariable(name)],
      );
    }
    expect(services.gateway.environment.DATABASE_URL).toBeUndefined();
  });

  it('points the gateway at every subgraph service, on the composed ports', () => {
    const gateway = services.gateway;
    for (const [name, composedUrl] of Object.entries(composedUrls)) {
      const variable = `${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL`;
      const url = new URL(gateway.environment[variable]);
      expect(url.hostname).toBe(name);
      expect(url.port).toBe(new URL(composedUrl).port);
      expect(url.pathname).toBe(new URL(composedUrl).pathname);
      expect(gateway.depends_on[name].condition).toBe('service_healthy');
    }
  });

  it('has NATS with JetStream, which every subgraph uses for events across databases', () => {
    expect(services.nats.image).toMatch(/^nats:2/);
    expect(services.nats.command).toContain('-js');
    for (const { name } of subgraphs) {
      expect(services[name].environment.ONESTOP_NATS_URL).toBe('nats://nats:4222');
      expect(services[name].depends_on.nats).toBeDefined();
    }
  });

  it('has no service for a subgraph the supergraph does not know', () => {
    const known = new Set([
      ...Object.keys(composedUrls),
      'postgres',
      'nats',
      'database-roles',
      'gateway',
    ]);
    expect(Object.keys(services).filter((name) => !known.has(name))).toEqual([]);
  });

  it('builds every service from the one Dockerfile', () => {
    expect(existsSync(join(root, 'Dockerfile'))).toBe(true);
    for (const [name, service] of Object.entries(services)) {
      if (name !== 'postgres' && name !== 'nats') expect(service.build).toBe('.');
    }
  });
});
