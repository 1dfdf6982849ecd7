export * from './domain-error';
export * from './clock';
export * from './pagination';
export * from './ids';
export * from './regions';
export * from './actor';
export * from './time';
