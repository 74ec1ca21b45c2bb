import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../../services/kit';
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
      expect(service.healthcheck.test.join(' ')).toContain(`localhost:${composedPort}/ready`);
    },
  );

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
    const known = new Set([...Object.keys(composedUrls), 'postgres', 'nats', 'gateway']);
    expect(Object.keys(services).filter((name) => !known.has(name))).toEqual([]);
  });

  it('builds every service from the one Dockerfile', () => {
    expect(existsSync(join(root, 'Dockerfile'))).toBe(true);
    for (const [name, service] of Object.entries(services)) {
      if (name !== 'postgres' && name !== 'nats') expect(service.build).toBe('.');
    }
  });
});
