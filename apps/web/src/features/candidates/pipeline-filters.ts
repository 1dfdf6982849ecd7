import type { Region, Stage } from '../../api/models';
import { REGION_LABELS, STAGES } from '../../shared/labels';
import type { ListFilters } from './queries';

export type View = 'columns' | 'list';
export type Sort = NonNullable<ListFilters['sort']>;

export const SORT_LABELS: Record<Sort, string> = { appliedAt: 'Aangemeld (nieuwste eerst)', name: 'Naam', daysInStage: 'Dagen in fase (langste eerst)' };

/** What the pipeline page shows, read from its address: view, filters, sort and how many pages of the list. */
export interface PipelineState {
  view: View;
  filters: Pick<ListFilters, 'stage' | 'region' | 'q'>;
  sort: Sort;
  pages: number;
}

const isStage = (value: string | null): value is Stage => value !== null && (STAGES as readonly string[]).includes(value);
const isRegion = (value: string | null): value is Region => value !== null && value in REGION_LABELS;
const isSort = (value: string | null): value is Sort => value !== null && value in SORT_LABELS;

/** Unknown values in a shared or edited address are ignored, not sent to the API. */
export function readPipelineState(params: URLSearchParams): PipelineState {
  const stage = params.get('stage');
  const region = params.get('region');
  const q = params.get('q')?.trim();
  const sort = params.get('sort');
  const pages = Number(params.get('pages'));
  return {
    view: params.get('view') === 'list' ? 'list' : 'columns',
    filters: { ...(isStage(stage) ? { stage } : {}), ...(isRegion(region) ? { region } : {}), ...(q ? { q } : {}) },
    sort: isSort(sort) ? sort : 'appliedAt',
    pages: Number.isInteger(pages) && pages > 1 && pages <= 20 ? pages : 1,
  };
}

/** The address of a state: defaults are left out, so a plain /kandidaten stays plain. */
export function pipelineSearch(state: PipelineState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.view === 'list') params.set('view', 'list');
  if (state.filters.stage) params.set('stage', state.filters.stage);
  if (state.filters.region) params.set('region', state.filters.region);
  if (state.filters.q) params.set('q', state.filters.q);
  if (state.sort !== 'appliedAt') params.set('sort', state.sort);
  if (state.pages > 1) params.set('pages', String(state.pages));
  return params;
}
