export * from './hub-events';
export * from './approvals-events';
export * from './materials-events';
export * from './department-events';
export * from './center-events';
export * from './supervision-events';
export * from './staff-events';
