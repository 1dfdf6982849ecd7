import type { UseMutationResult } from '@tanstack/react-query';
import { cloneElement, useEffect, useRef, useState, type ReactElement, type ReactNode } from 'react';
import type { FieldValues, Path, UseFormRegisterReturn, UseFormReturn } from 'react-hook-form';
import { ApiError } from '../api/client';
import { describedBy, ErrorMessage, errorText, Field, FieldError, focusById } from './ui';

/** The form-level message of a failed submit lives here (react-hook-form clears it on the next submit). */
const SERVER = 'root.server' as const;

/**
 * Puts a failed request on the form: each of the API's `fields[]` on its field, the general message
 * at form level. Several messages for one field are shown together; a nested field of the API
 * (`boards.0.representativeUserId`) on the form's field it belongs to (`boards`), whose messages
 * name it by its label. The focus moves to the first field with a message, as it does after the
 * schema's check (react-hook-form's `shouldFocusError`).
 */
export function applyApiErrors<Values extends FieldValues>(form: Pick<UseFormReturn<Values>, 'setError'>, error: unknown): void {
  form.setError(SERVER, { type: 'server', message: errorText(error) });
  if (!(error instanceof ApiError)) return;
  const byField = new Map<string, string>();
  for (const { field: path, message } of error.fields) {
    const [field] = path.split('.');
    byField.set(field, byField.has(field) ? `${byField.get(field)} ${message}` : message);
  }
  [...byField].forEach(([field, message], index) => form.setError(field as Path<Values>, { type: 'server', message }, { shouldFocus: index === 0 }));
}

/** The attributes that tell assistive technology a field is invalid and where its hint and message are. */
function invalidFieldProps(id: string, { hint, error }: { hint?: string; error?: string }) {
  return { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(id, { hint, error }) };
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

/**
 * Which form of a card is open (none at first), with the callbacks to open one and to close it again.
 * Closing (after saving, or "Terug") hands the focus to `returnFocusTo`, the id of the card's heading,
 * so keyboard and screen-reader users land at the result instead of at the top of the page.
 */
export function useOpenForm<Mode>(returnFocusTo: string) {
  const [mode, setMode] = useState<Mode | null>(null);
  const closing = useRef(false);
  useEffect(() => {
    if (mode !== null || !closing.current) return;
    closing.current = false;
    focusById(returnFocusTo);
  }, [mode, returnFocusTo]);
  const close = () => {
    closing.current = true;
    setMode(null);
  };
  return { mode, open: setMode, close };
}

/**
 * The submit handler of a form that sends its checked body with `mutation`: `onSuccess` (with the
 * answer and the body sent) after the request succeeded, the API's messages on the form when it failed.
 */
export function submitWith<Values extends FieldValues, Body, Saved = unknown>(
  form: UseFormReturn<Values, unknown, Body>,
  mutation: Pick<UseMutationResult<Saved, Error, Body>, 'mutate'>,
  onSuccess: (saved: Saved, body: Body) => void,
) {
  return form.handleSubmit((body) => mutation.mutate(body, { onSuccess: (saved) => onSuccess(saved, body), onError: (error) => applyApiErrors(form, error) }));
}

interface FormFieldProps<Values extends FieldValues> {
  form: Pick<UseFormReturn<Values>, 'register' | 'formState'>;
  name: Path<Values>;
  id: string;
  label: string;
  hint?: string;
  /** Takes the free width of a row of filters. */
  grow?: boolean;
  /** The bare input, select or textarea; its id and registration are added here. */
  children?: ReactElement<Record<string, unknown>>;
  /** Without children: a plain input of this type (and `required`). */
  type?: string;
  required?: boolean;
}

/**
 * A labelled field registered on the form under `name`, with the message of its error. While it has
 * one, the input is `aria-invalid` and described by the message (and by its hint, always).
 */
export function FormField<Values extends FieldValues>(props: FormFieldProps<Values>) {
  const { form, name, id, label, hint, grow, type, required } = props;
  const children = props.children ?? <input type={type} required={required} />;
  const error = fieldMessage(form, name);
  return (
    <Field id={id} label={label} hint={hint} error={error} grow={grow}>
      {cloneElement(children, { id, ...invalidFieldProps(id, { hint, error }), ...form.register(name) })}
    </Field>
  );
}

/** A checkbox with its label after it, and the message of its error when it can have one. */
export function CheckboxField({ id, label, registration, error }: { id: string; label: ReactNode; registration: UseFormRegisterReturn; error?: string }) {
  return (
    <div className={error ? 'field field-checkbox has-error' : 'field field-checkbox'}>
      <input id={id} type="checkbox" {...invalidFieldProps(id, { error })} {...registration} />
      <label htmlFor={id}>{label}</label>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

interface RadioChoiceProps<Values extends FieldValues> {
  form: Pick<UseFormReturn<Values>, 'register' | 'formState'>;
  name: Path<Values>;
  /** The start of each radio button's id: `<idPrefix>-<value>`. */
  idPrefix: string;
  legend: string;
  choices: readonly (readonly [string, string])[];
}

/** One of a few choices, as required radio buttons in a fieldset, registered on the form under `name`. */
export function RadioChoice<Values extends FieldValues>({ form, name, idPrefix, legend, choices }: RadioChoiceProps<Values>) {
  const error = fieldMessage(form, name);
  const registration = form.register(name);
  // Each radio button carries the group's message: the one that gets the focus after a failed submit reads it.
  const invalid = invalidFieldProps(idPrefix, { error });
  return (
    <fieldset className={error ? 'has-error' : undefined}>
      <legend>{legend}</legend>
      {choices.map(([value, text]) => (
        <div key={value} className="field field-checkbox">
          <input id={`${idPrefix}-${value}`} type="radio" value={value} required {...invalid} {...registration} />
          <label htmlFor={`${idPrefix}-${value}`}>{text}</label>
        </div>
      ))}
      <FieldError id={`${idPrefix}-error`} message={error} />
    </fieldset>
  );
}

interface OptionsProps {
  choices: readonly (readonly [string, ReactNode])[];
  /** A first, disabled option that asks for a choice ("Kies een regio"). */
  prompt?: string;
  /** A first option that chooses nothing in particular ("Alle regio's"). */
  all?: string;
}

/** The options of a select: the prompt or the "all" option (value ''), then the choices. */
export function Options({ choices, prompt, all }: OptionsProps) {
  return (
    <>
      {prompt !== undefined && (
        <option value="" disabled>
          {prompt}
        </option>
      )}
      {all !== undefined && <option value="">{all}</option>}
      {choices.map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </>
  );
}

interface FormSubmitProps<Values extends FieldValues> {
  form: Pick<UseFormReturn<Values>, 'formState'>;
  busy: boolean;
  children: ReactNode;
}

/** The message of a failed submit, then the submit button (disabled while busy). */
export function FormSubmit<Values extends FieldValues>({ form, busy, children }: FormSubmitProps<Values>) {
  return (
    <>
      <FormError form={form} />
      <button type="submit" disabled={busy}>
        {children}
      </button>
    </>
  );
}

interface FormButtonsProps {
  children: ReactNode;
  busy: boolean;
  onClose: () => void;
  /** The submit button is red, for an action that cannot be undone. */
  danger?: boolean;
}

/** The submit button (disabled while the request runs) and "Terug", which closes the form. */
function FormButtons({ children, busy, onClose, danger }: FormButtonsProps) {
  return (
    <div className="actions">
      <button type="submit" className={danger ? 'danger' : undefined} disabled={busy}>
        {children}
      </button>
      <button type="button" className="secondary" onClick={onClose}>
        Terug
      </button>
    </div>
  );
}

interface FormCardProps<Values extends FieldValues, Body, Saved> {
  form: UseFormReturn<Values, unknown, Body>;
  /** The request the checked body goes to; the form closes when it succeeds. */
  send: Pick<UseMutationResult<Saved, Error, Body>, 'mutate' | 'isPending'>;
  /** What the API answered and the body sent, after a success and before the form closes (to announce it). */
  onSaved?: (saved: Saved, body: Body) => void;
  onClose: () => void;
  /** The text of the submit button. */
  submit: string;
  testId?: string;
  /** The submit button is red, for an action that cannot be undone. */
  danger?: boolean;
  children: ReactNode;
}

/**
 * A form in a card on the candidate's page: its heading and fields (the children), the message of a failed submit and the buttons.
 * `noValidate`: the schema checks, so its Dutch messages show beside the fields (marked invalid, the first focused).
 */
export function FormCard<Values extends FieldValues, Body, Saved = unknown>(props: FormCardProps<Values, Body, Saved>) {
  const { form, send, onSaved, onClose, submit, testId, danger, children } = props;
  const onSuccess = (saved: Saved, body: Body) => (onSaved?.(saved, body), onClose());
  return (
    <form className="card form" onSubmit={submitWith(form, send, onSuccess)} data-testid={testId} noValidate>
      {children}
      <FormError form={form} />
      <FormButtons busy={send.isPending} onClose={onClose} danger={danger}>
        {submit}
      </FormButtons>
    </form>
  );
}
