export * from './canonical-json';
export * from './seal-crypto';
export * from './seal-keys';
