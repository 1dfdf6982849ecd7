import { zodResolver } from '@hookform/resolvers/zod';
import type { UseMutationResult } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { FormError, FormField, Options, submitWith } from '../../shared/forms';

interface FormField {
  name: string;
  label: string;
  type?: string;
  /** A select with these `[value, label]` choices, the first chosen by default. */
  options?: [string, string][];
}

type Values = Record<string, string>;

interface CreateFormProps<Body> {
  title: string;
  idPrefix: string;
  fields: FormField[];
  submitLabel: string;
  /** Announced (a polite live region) when the thing was added, e.g. "Het schoolbestuur is toegevoegd." */
  doneMessage: string;
  schema: z.ZodType<Body, Values>;
  create: UseMutationResult<unknown, Error, Body>;
}

/** A small card that adds one thing (a board, a school, an institute) and empties itself afterwards. */
export function CreateForm<Body>({ title, idPrefix, fields, submitLabel, doneMessage, schema, create }: CreateFormProps<Body>) {
  const defaultValues = Object.fromEntries(fields.map((field) => [field.name, field.options?.[0]?.[0] ?? '']));
  const form = useForm<Values, unknown, Body>({ resolver: zodResolver(schema), defaultValues });
  const onSubmit = submitWith(form, create, () => form.reset(defaultValues));
  return (
    <form className="card" onSubmit={onSubmit} noValidate>
      <h3>{title}</h3>
      <FormError form={form} />
      {fields.map((field) => {
        const id = `${idPrefix}-${field.name}`;
        return field.options ? (
          <FormField key={field.name} form={form} name={field.name} id={id} label={field.label}>
            <select>
              <Options choices={field.options} />
            </select>
          </FormField>
        ) : (
          <FormField key={field.name} form={form} name={field.name} id={id} label={field.label} type={field.type ?? 'text'} required />
        );
      })}
      <div role="status" aria-live="polite">
        {create.isSuccess && <p className="alert alert-success">{doneMessage}</p>}
      </div>
      <button type="submit" disabled={create.isPending}>
        {submitLabel}
      </button>
    </form>
  );
}
