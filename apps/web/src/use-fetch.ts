import { useEffect, useState } from 'react';
import { apiGet } from './api';

export interface Fetched<T> {
  data: T | null;
  error: unknown;
}

/** GETs `path` (nothing when null) and again whenever `revision` changes; a stale answer is dropped. */
export function useFetch<T>(path: string | null, revision = 0): Fetched<T> {
  const [state, setState] = useState<Fetched<T>>({ data: null, error: null });
  useEffect(() => {
    if (!path) return;
    let cancelled = false;
    apiGet<T>(path)
      .then((data) => !cancelled && setState({ data, error: null }))
      .catch((error: unknown) => !cancelled && setState((previous) => ({ data: previous.data, error })));
    return () => {
      cancelled = true;
    };
  }, [path, revision]);
  return state;
}
