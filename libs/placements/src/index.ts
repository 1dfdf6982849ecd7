/** Placements (plaatsingen): the boards' supernumerary capacity per school year, placements and matching proposals. */
export * from './placements.module';
export { PlacementReader } from './application/placement.reader';
export * from './application/matching.reader';
export * from './application/capacity.service';
export * from './application/placements.service';
export * from './application/matching.service';
export * from './application/placement-personal-data.service';
export * from './application/placement.views';
export * from './domain/placement.policy';
export * from './domain/placements.errors';
export { PLACEMENT_JOBS, SOFT_LANDING_SWEEP } from './jobs/placements.jobs';
export * from './application/placement-history.service';
export * from './application/placement-history.views';
