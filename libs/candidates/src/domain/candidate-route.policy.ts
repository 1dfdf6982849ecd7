import { isClosed, type Stage } from './stage';

/**
 * The route a candidate intends to take can change until the programme starts; from then on a
 * change of route is a route switch of the programme (SPEC §3), and a closed dossier stays as it closed.
 */
export function routeMayChange(stage: Stage): boolean {
  return stage !== 'in_programme' && !isClosed(stage);
}
