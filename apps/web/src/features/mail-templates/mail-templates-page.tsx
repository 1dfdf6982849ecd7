import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyApiErrors, FormError, FormField } from '../../shared/forms';
import { ErrorMessage, errorText, Field, Loading } from '../../shared/ui';
import { useMailTemplates, usePreviewMailTemplate, useResetMailTemplate, useSaveMailTemplate, type MailTemplate, type MailText } from './queries';

const textSchema = z.object({
  subject: z.string().trim().min(1, 'Onderwerp is verplicht.').max(300, 'Onderwerp is te lang (maximaal 300 tekens).'),
  body: z.string().trim().min(1, 'Tekst is verplicht.').max(10_000, 'Tekst is te lang (maximaal 10.000 tekens).'),
}) satisfies z.ZodType<MailText, unknown>;

/** Administrators edit the Dutch text of the mails the product sends (issue 16, item 5). */
export function MailTemplatesPage() {
  const templates = useMailTemplates();
  const [kind, setKind] = useState('');
  const chosen = templates.data?.find((template) => template.kind === kind) ?? templates.data?.[0];
  return (
    <section>
      <h1 id="mail-templates-title" tabIndex={-1}>
        Mailteksten
      </h1>
      <p>
        De tekst van de e-mails die het systeem verstuurt. Woorden tussen accolades, zoals <span className="mono">{'{voornaam}'}</span>, worden bij het
        versturen ingevuld. Gebruik alleen de invulplekken die bij de mail staan.
      </p>
      <ErrorMessage>{templates.error ? errorText(templates.error) : ''}</ErrorMessage>
      {!templates.data || !chosen ? (
        <Loading />
      ) : (
        <>
          <Field id="mail-template-kind" label="Mail">
            <select id="mail-template-kind" value={chosen.kind} onChange={(event) => setKind(event.target.value)}>
              {templates.data.map((template) => (
                <option key={template.kind} value={template.kind}>
                  {template.label} (aan {template.recipient}){template.customised ? ' — aangepast' : ''}
                </option>
              ))}
            </select>
          </Field>
          <TemplateEditor key={`${chosen.kind}-${String(chosen.updatedAt)}-${chosen.customised}`} template={chosen} />
        </>
      )}
    </section>
  );
}

function TemplateEditor({ template }: { template: MailTemplate }) {
  const save = useSaveMailTemplate(template.kind);
  const reset = useResetMailTemplate(template.kind);
  const preview = usePreviewMailTemplate(template.kind);
  const [announcement, setAnnouncement] = useState('');
  const form = useForm<MailText>({ resolver: zodResolver(textSchema), defaultValues: { subject: template.subject, body: template.body } });
  const onSave = form.handleSubmit((text) =>
    save.mutate(text, { onSuccess: () => setAnnouncement(`De tekst van “${template.label}” is opgeslagen.`), onError: (error) => applyApiErrors(form, error) }),
  );
  const onPreview = form.handleSubmit((text) => preview.mutate(text, { onError: (error) => applyApiErrors(form, error) }));
  const onReset = () => reset.mutate(undefined, { onSuccess: () => setAnnouncement(`“${template.label}” gebruikt weer de standaardtekst.`) });
  return (
    <div className="card" data-testid="mail-template-editor">
      <h2>{template.label}</h2>
      <p className="muted small">{template.customised ? 'Aangepaste tekst in gebruik.' : 'Standaardtekst in gebruik.'}</p>
      <div role="status" aria-live="polite">
        {announcement && <p className="alert alert-success">{announcement}</p>}
      </div>
      <form className="form" onSubmit={onSave} noValidate>
        <FormField form={form} name="subject" id="mail-template-subject" label="Onderwerp" type="text" required />
        <FormField form={form} name="body" id="mail-template-body" label="Tekst">
          <textarea rows={14} required />
        </FormField>
        <h3>Invulplekken</h3>
        <ul>
          {template.placeholders.map((placeholder) => (
            <li key={placeholder.name}>
              <span className="mono">{`{${placeholder.name}}`}</span>: {placeholder.description}
              {placeholder.required ? ' (verplicht)' : ''}
            </li>
          ))}
        </ul>
        <FormError form={form} />
        <div className="actions">
          <button type="submit" disabled={save.isPending}>
            Opslaan
          </button>
          <button type="button" className="secondary" onClick={() => void onPreview()} disabled={preview.isPending}>
            Voorbeeld bekijken
          </button>
          {template.customised && (
            <button type="button" className="secondary" onClick={onReset} disabled={reset.isPending}>
              Standaardtekst terugzetten
            </button>
          )}
        </div>
        <ErrorMessage>{reset.error ? errorText(reset.error) : ''}</ErrorMessage>
      </form>
      {preview.data && (
        <section aria-labelledby="mail-preview-title" data-testid="mail-preview">
          <h3 id="mail-preview-title">Voorbeeld met voorbeeldgegevens</h3>
          <p>
            <strong>Onderwerp:</strong> {preview.data.title}
          </p>
          <pre className="mail-preview">{preview.data.body}</pre>
        </section>
      )}
    </div>
  );
}
