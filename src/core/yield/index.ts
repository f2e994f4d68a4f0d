export * from './emission.ts';
export * from './estimator.ts';
export * from './project.ts';
export * from './realised.ts';
export * from './shares-history.ts';
