import type { UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { FormCard } from './forms';
import { errorText, FieldError } from './ui';

/**
 * The administrators' lists of records that are switched off rather than deleted (sources, routes,
 * coach profiles): the buttons of a row and the card of the create and edit forms.
 */

interface RecordActionsProps {
  /** How the row names its record, in the buttons' accessible names ("<name> bewerken"). */
  name: string;
  active: boolean;
  /** The toggle's text while the record is active, and while it is not: `['Deactiveren', 'Weer activeren']`. */
  toggleText: readonly [off: string, on: string];
  /** The record's update; the toggle sends `{ active }` with it and shows its refusal below the buttons. */
  update: Pick<UseMutationResult<unknown, Error, { active?: boolean }>, 'mutate' | 'isPending' | 'error'>;
  /** The announcement after the toggle succeeded. */
  toggled: string;
  onEdit: () => void;
  onDone: (message: string) => void;
}

/** "Bewerken" and the switch on or off (its accessible name is "<name> <text in lower case>"), with the update's error. */
export function RecordActions({ name, active, toggleText: [off, on], update, toggled, onEdit, onDone }: RecordActionsProps) {
  const text = active ? off : on;
  const toggle = () => update.mutate({ active: !active }, { onSuccess: () => onDone(toggled) });
  return (
    <div className="actions">
      <button type="button" className="secondary" onClick={onEdit} aria-label={`${name} bewerken`}>
        Bewerken
      </button>
      <button type="button" className="secondary" onClick={toggle} disabled={update.isPending} aria-label={`${name} ${text.toLowerCase()}`}>
        {text}
      </button>
      {update.error && <FieldError message={errorText(update.error)} />}
    </div>
  );
}

/** What a record's form card gets from its create or edit form. */
export interface RecordFormProps<Values extends FieldValues, Body, Saved> {
  form: UseFormReturn<Values, unknown, Body>;
  /** The create or the update request; the form closes when it succeeds. */
  send: Pick<UseMutationResult<Saved, Error, Body>, 'mutate' | 'isPending'>;
  /** Announces what was saved (the API's answer, and the body sent when the answer is empty). */
  onSaved: (saved: Saved, body: Body) => void;
  onClose: () => void;
  /** The heading: "<Thing> toevoegen" or "<name> bewerken". */
  title: string;
  /** The fields before the common ones (a new record's key). */
  children?: ReactNode;
}

/** A record's create or edit form: the heading, the fields (children), the message of a failed submit, "Opslaan" and "Terug". */
export function RecordFormCard<Values extends FieldValues, Body, Saved>({
  title,
  testId,
  children,
  ...card
}: RecordFormProps<Values, Body, Saved> & { testId: string }) {
  return (
    <FormCard {...card} submit="Opslaan" testId={testId}>
      <h2>{title}</h2>
      {children}
    </FormCard>
  );
}
