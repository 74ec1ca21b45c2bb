import { GraphQLError } from 'graphql';
import { DomainError, log, withRequestScope } from '../../services/kit';

let lines: Record<string, any>[];
let write: jest.SpyInstance;

beforeEach(() => {
  process.env.ONESTOP_LOG_LEVEL = 'info';
  lines = [];
  write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    lines.push(JSON.parse(String(chunk)));
    return true;
  });
});

afterEach(() => {
  write.mockRestore();
  delete process.env.ONESTOP_LOG_LEVEL;
});

it('writes a refusal the hub meant at info and a failure at error, each as one JSON line', () => {
  log.error(new DomainError('NOT_OWN_DEPARTMENT', 'Not your department.').toJSON());
  log.error(
    new GraphQLError('Unexpected error.', {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    }).toJSON(),
  );
  log.error({ error: new Error('connection refused') }, 'event delivery failed; will retry');
  expect(lines.map((line) => line.level)).toEqual(['info', 'error', 'error']);
  expect(lines[2]).toMatchObject({
    msg: 'event delivery failed; will retry',
    error: { name: 'Error', message: 'connection refused' },
  });
  expect(lines[2].error.stack).toContain('json-log.test');
});

it('names the request a line was written for, from x-request-id, traceparent or a new id', async () => {
  const seen: string[] = [];
  const handler = withRequestScope((request) => {
    seen.push(String(request.headers['x-request-id']));
    log.info('handled');
  });
  handler({ headers: { 'x-request-id': 'given-id' } } as never, {} as never);
  handler({ headers: {} } as never, {} as never);
  const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
  handler({ headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` } } as never, {} as never);
  expect(lines.map((line) => line.requestId)).toEqual(seen);
  expect(seen[0]).toBe('given-id');
  // A new id has the form of a trace id: a trace begun for the request takes it.
  expect(seen[1]).toMatch(/^[0-9a-f]{32}$/);
  expect(seen[2]).toBe(traceId);
  expect(lines[2].traceId).toBe(traceId);
});

it('keeps to ONESTOP_LOG_LEVEL, also for a refusal moved down to info', () => {
  process.env.ONESTOP_LOG_LEVEL = 'warn';
  log.info('routine');
  log.error(new DomainError('FORBIDDEN', 'No.').toJSON());
  log.warn('worth a look');
  expect(lines.map((line) => line.msg)).toEqual(['worth a look']);
});
