export * from './event-stream';
export * from './event-source';
export * from './event-relay';
export * from './event-ingest';
export * from './event-bridge';
