export * from './envelope.ts';
export * from './era.ts';
