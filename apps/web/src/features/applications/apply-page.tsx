import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, type ReactElement } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { Link } from 'react-router';
import type { ApplicationReceived, Contact } from '../../api/models';
import { CheckboxField, fieldMessage, FormField, FormSubmit, Options, submitWith } from '../../shared/forms';
import { choicesOf, DEGREE_LEVEL_LABELS, REGION_LABELS } from '../../shared/labels';
import { APPLY_DEFAULTS, applySchema, type Application, type ApplyValues } from './apply-form';
import { ContactDetails } from './contact-details';
import { useApply, useFormOptions } from './queries';

const FILE_ACCEPT = '.pdf,.docx';
const FILE_HINT = 'PDF of DOCX, maximaal 10 MB';

type ApplyForm = UseFormReturn<ApplyValues, unknown, Application>;

/** Fields checked as soon as they change, before anything is sent: a wrong file is told at once, not after uploading. */
const CHECKED_AT_ONCE: readonly string[] = ['motivationLetter', 'cv'];

function useCheckAtOnce(form: ApplyForm): void {
  useEffect(() => {
    const subscription = form.watch((_, { name }) => {
      if (name && CHECKED_AT_ONCE.includes(name)) void form.trigger(name);
    });
    return () => subscription.unsubscribe();
  }, [form]);
}

export function ApplyPage() {
  const apply = useApply();
  const contact = useFormOptions().data?.contact;
  const form: ApplyForm = useForm<ApplyValues, unknown, Application>({ resolver: zodResolver(applySchema), defaultValues: APPLY_DEFAULTS });
  useCheckAtOnce(form);

  // Success replaces the form by the thank-you text, which takes the focus itself.
  const onSubmit = submitWith(form, apply, () => undefined);

  if (apply.data) return <ThankYou received={apply.data} contact={contact} />;

  return (
    <section className="card">
      <h1>Aanmelden als zij-instromer</h1>
      <p>
        Wil je leraar worden in het primair onderwijs in Almere of Lelystad? Als zij-instromer werk je meteen op een basisschool en haal je in ongeveer twee
        jaar je bevoegdheid. Flevowijs begeleidt je van aanmelding tot bevoegdheid.
      </p>
      <p>
        Voor zij-instroom heb je een <strong>afgeronde hbo- of wo-opleiding</strong> nodig (een bachelor van 4 jaar of een master). Stuur je motivatiebrief en
        je cv mee als <strong>PDF of DOCX, elk maximaal 10 MB</strong>.
      </p>
      <p>
        We vragen alleen wat we nodig hebben om je aanmelding te beoordelen. In onze{' '}
        <Link to="/privacy" target="_blank" rel="noopener">
          privacyverklaring (opent in een nieuw tabblad)
        </Link>{' '}
        lees je welke gegevens we bewaren, waarom, hoe lang en wie ze ziet.
      </p>
      {/* noValidate: the schema's Dutch messages show beside the fields (and mark them invalid) instead of the browser's bubbles. */}
      <form onSubmit={onSubmit} className="form" encType="multipart/form-data" noValidate>
        <PersonalFields form={form} />
        <EducationFields form={form} />
        <fieldset>
          <legend>Documenten</legend>
          <ApplyField form={form} name="motivationLetter" text="Motivatiebrief" hint={FILE_HINT}>
            <input type="file" accept={FILE_ACCEPT} required />
          </ApplyField>
          <ApplyField form={form} name="cv" text="CV" hint={FILE_HINT}>
            <input type="file" accept={FILE_ACCEPT} required />
          </ApplyField>
        </fieldset>
        <ConsentField form={form} />
        <p className="muted small">Zonder deze toestemming verwijderen we je gegevens 4 weken nadat je aanmelding is afgerond.</p>
        <FormSubmit form={form} busy={apply.isPending}>
          Aanmelding versturen
        </FormSubmit>
      </form>
      <ContactDetails contact={contact} />
    </section>
  );
}

/** The same for every accepted form (R3): it tells nothing about earlier applications; the reference comes by mail. */
function ThankYou({ received, contact }: { received: ApplicationReceived; contact: Contact | undefined }) {
  // The form the focus was in is gone: the heading of the result takes it, so a screen reader reads it out.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card" data-testid="application-received">
      <h1 ref={heading} tabIndex={-1}>
        Aanmelding ontvangen
      </h1>
      <p>{received.message}</p>
      <p>Noem je aanmeldnummer als je contact met ons opneemt. Geen e-mail ontvangen? Kijk dan ook bij je ongewenste e-mail.</p>
      <ContactDetails contact={contact} />
    </section>
  );
}

function PersonalFields({ form }: { form: ApplyForm }) {
  return (
    <fieldset>
      <legend>Je gegevens</legend>
      <ApplyField form={form} name="firstName" text="Voornaam">
        <input autoComplete="given-name" required />
      </ApplyField>
      <ApplyField form={form} name="lastName" text="Achternaam">
        <input autoComplete="family-name" required />
      </ApplyField>
      <ApplyField form={form} name="email" text="E-mailadres">
        <input type="email" autoComplete="email" required />
      </ApplyField>
      <ApplyField form={form} name="phone" text="Telefoonnummer">
        <input type="tel" autoComplete="tel" required />
      </ApplyField>
    </fieldset>
  );
}

function EducationFields({ form }: { form: ApplyForm }) {
  return (
    <fieldset>
      <legend>Opleiding en regio</legend>
      <ApplyField form={form} name="degreeLevel" text="Hoogst afgeronde opleiding">
        <select required defaultValue="">
          <Options prompt="Kies je opleiding" choices={choicesOf(DEGREE_LEVEL_LABELS)} />
        </select>
      </ApplyField>
      <ApplyField form={form} name="degreeField" text="Studierichting">
        <input required />
      </ApplyField>
      <ApplyField form={form} name="region" text="Regio">
        <select required defaultValue="">
          <Options prompt="Kies een regio" choices={choicesOf(REGION_LABELS)} />
        </select>
      </ApplyField>
    </fieldset>
  );
}

type TextualField = Exclude<keyof ApplyValues, 'consentToKeep'>;

interface ApplyFieldProps {
  form: ApplyForm;
  name: TextualField;
  text: string;
  hint?: string;
  /** The bare input or select; id, registration, aria-invalid and aria-describedby are added by FormField. */
  children: ReactElement<Record<string, unknown>>;
}

/** One labelled field of the form, registered under `name`, with its error below it. */
function ApplyField({ form, name, text, hint, children }: ApplyFieldProps) {
  return (
    <FormField form={form} name={name} id={`apply-${name}`} label={text} hint={hint}>
      {children}
    </FormField>
  );
}

function ConsentField({ form }: { form: ApplyForm }) {
  return (
    <CheckboxField
      id="apply-consentToKeep"
      label="Bewaar mijn gegevens 1 jaar voor toekomstige vacatures"
      registration={form.register('consentToKeep')}
      error={fieldMessage(form, 'consentToKeep')}
    />
  );
}
