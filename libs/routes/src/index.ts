export * from './routes.module';
export * from './application/route.reader';
export * from './application/routes.service';
export * from './application/route.views';
export * from './domain/degree-levels';
export * from './domain/eligibility.policy';
export * from './domain/route-code';
