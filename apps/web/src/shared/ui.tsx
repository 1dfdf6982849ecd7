import type { ReactNode } from 'react';
import { ApiError } from '../api/client';

/** Dutch text for any thrown value. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Er ging iets mis. Probeer het opnieuw.';
}

/** True when the API answered that the viewer may not see this (403) or that it does not exist for them (404). */
function isHidden(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 403 || error.status === 404);
}

/** A card of listed items is left out when the viewer may not see them, or when there are none and nothing to start. */
export function leaveOutCard(query: { data?: readonly unknown[]; error: unknown }, canStart: boolean): boolean {
  return isHidden(query.error) || (query.data?.length === 0 && !canStart);
}

export function ErrorMessage({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <p className="alert alert-error" role="alert">
      {children}
    </p>
  );
}

export function FieldError({ id, message }: { id?: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span className="field-error" id={id}>
      {message}
    </span>
  );
}

export function Loading() {
  return (
    <p className="muted" role="status">
      Bezig met laden…
    </p>
  );
}

interface FieldProps {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  /** Takes the free width of a row of filters. */
  grow?: boolean;
  children: ReactNode;
}

/**
 * The ids a field's input is described by: its hint and, while there is one, its error message
 * (`<id>-hint`, `<id>-error`, as `Field` renders them). Undefined when there is neither.
 */
export function describedBy(id: string, { hint, error }: { hint?: string; error?: string }): string | undefined {
  const ids = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** A labelled form field with its hint and error message; the input itself says it is invalid and points at them (see `describedBy`). */
export function Field({ id, label, error, hint, grow, children }: FieldProps) {
  return (
    <div className={['field', grow && 'field-grow', error && 'has-error'].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {children}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** A card on the candidate's page, labelled by its heading; `name` gives the ids (`<name>-title`, test id `<name>-section`). */
export function SectionCard({ name, title, children }: { name: string; title: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={`${name}-title`} data-testid={`${name}-section`}>
      {/* Focusable by script: a form of the card hands the focus back here when it closes (useOpenForm). */}
      <h2 id={`${name}-title`} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Moves the focus to the element with this id (a heading with tabIndex -1, or a field), if it is on the page. */
export function focusById(id: string): void {
  document.getElementById(id)?.focus();
}

/** The one main action of a card, e.g. "Selectiegesprek plannen". */
export function ActionButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <div className="actions">
      <button type="button" onClick={onClick}>
        {children}
      </button>
    </div>
  );
}
