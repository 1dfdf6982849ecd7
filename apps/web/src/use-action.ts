import { useCallback, useState } from 'react';
import { ApiError } from './api';
import { errorText } from './components';

export interface Action {
  busy: boolean;
  error: string;
  fieldErrors: Record<string, string>;
  /** Runs one request; resolves true when it succeeded, otherwise shows the API's message. */
  run: (request: () => Promise<unknown>) => Promise<boolean>;
}

/** Busy flag and Dutch error messages for a form that sends one request. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const run = useCallback(async (request: () => Promise<unknown>) => {
    setBusy(true);
    setError('');
    setFieldErrors({});
    try {
      await request();
      return true;
    } catch (err) {
      setError(errorText(err));
      if (err instanceof ApiError) setFieldErrors(err.fieldMessages());
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  return { busy, error, fieldErrors, run };
}
