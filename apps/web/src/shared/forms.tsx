import { useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { ApiError } from '../api/client';
import { ErrorMessage, errorText } from './ui';

/** The form-level message of a failed submit lives here (react-hook-form clears it on the next submit). */
const SERVER = 'root.server' as const;

/**
 * Puts a failed request on the form: each of the API's `fields[]` on its field, the general message
 * at form level. Several messages for one field are shown together.
 */
export function applyApiErrors<Values extends FieldValues>(form: Pick<UseFormReturn<Values>, 'setError'>, error: unknown): void {
  form.setError(SERVER, { type: 'server', message: errorText(error) });
  if (!(error instanceof ApiError)) return;
  const byField = new Map<string, string>();
  for (const { field, message } of error.fields) byField.set(field, byField.has(field) ? `${byField.get(field)} ${message}` : message);
  for (const [field, message] of byField) form.setError(field as Path<Values>, { type: 'server', message });
}

/** The message of a field, whether it came from the schema or from the API. */
export function fieldMessage<Values extends FieldValues>(form: Pick<UseFormReturn<Values>, 'formState'>, name: string): string | undefined {
  const error = (form.formState.errors as Record<string, { message?: unknown } | undefined>)[name];
  return typeof error?.message === 'string' ? error.message : undefined;
}

/** The form-level message of the last failed submit. */
export function FormError<Values extends FieldValues>({ form }: { form: Pick<UseFormReturn<Values>, 'formState'> }) {
  return <ErrorMessage>{form.formState.errors.root?.server?.message}</ErrorMessage>;
}

/** A trimmed text; empty becomes absent, so the API sees an optional field as left out rather than blank. */
export function optionalText(value: string | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
}

/** Which form of a card is open (none at first), with the callbacks to open one and to close it again. */
export function useOpenForm<Mode>() {
  const [mode, setMode] = useState<Mode | null>(null);
  return { mode, open: setMode, close: () => setMode(null) };
}
