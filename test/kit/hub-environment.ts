import { TestEnvironment } from 'jest-environment-node';
import type { EnvironmentContext, JestEnvironmentConfig } from '@jest/environment';
import { workerHub, workerHubGlobal, type WorkerHubAccess } from './worker-hub';

const libraryRegistry = (name: string) =>
  name.startsWith('mikro-orm-') || name === 'TypeGraphQLMetadataStorage';

/**
 * The e2e project's test environment: jest's Node environment, plus access to the hub this worker
 * shares between its test files. Jest loads an environment once per worker, outside the test
 * files' module registries, so what it holds outlives each file. The hub starts on the first
 * file that asks for it; files that never ask start nothing.
 */
export default class HubEnvironment extends TestEnvironment {
  constructor(config: JestEnvironmentConfig, context: EnvironmentContext) {
    super(config, context);
    // Jest's Node environment hands a test file the names on Node's global object, among them
    // the registries libraries keep there (MikroORM's entity metadata, type-graphql's schema
    // metadata) once this process loaded the services (the shared hub, the global setup). A test
    // file loads its own copy of those libraries, whose classes must not land in the registry
    // the shared hub's copy reads.
    for (const name of Object.getOwnPropertyNames(this.global)) {
      if (libraryRegistry(name)) delete (this.global as Record<string, unknown>)[name];
    }
  }

  async setup(): Promise<void> {
    await super.setup();
    // A fresh function per file: when a file ends, jest clears what was set on its globals.
    const access: WorkerHubAccess = () => workerHub();
    this.global[workerHubGlobal] = access;
  }
}
