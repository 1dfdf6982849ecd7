import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, type ReactElement } from 'react';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { Link, useSearchParams } from 'react-router';
import type { ApplicationReceived, Contact, DegreeLevel, OfferedRoute } from '../../api/models';
import type { components } from '../../api/schema';
import { applyApiErrors, CheckboxField, fieldMessage, FormField, FormSubmit, Options } from '../../shared/forms';
import { DEFAULT_ROUTE, eligibilityRefusal } from '../../../../../libs/routes/src/domain/eligibility.policy';
import { choicesOf, DEGREE_LEVEL_LABELS, REGION_LABELS } from '../../shared/labels';
import { APPLY_DEFAULTS, applySchema, type Application, type ApplyValues } from './apply-form';
import { ContactDetails } from './contact-details';
import { useApply, useFormOptions } from './queries';

const FILE_ACCEPT = '.pdf,.docx';
const FILE_HINT = 'PDF of DOCX, maximaal 10 MB';

type ApplyForm = UseFormReturn<ApplyValues, unknown, Application>;

type OfferedSource = components['schemas']['OfferedSourceResponse'];

/**
 * A campaign link carries its source (`/aanmelden?bron=onderwijsloket`): once the list has arrived,
 * a code on it is chosen in advance; an unknown code is ignored (the applicant chooses).
 */
function usePreselectedSource(form: ApplyForm, sources: readonly OfferedSource[] | undefined): void {
  const [params] = useSearchParams();
  const code = params.get('bron');
  useEffect(() => {
    if (code && sources?.some((source) => source.code === code) && !form.getValues('source')) form.setValue('source', code);
  }, [form, code, sources]);
}

/** Until the routes arrive the default route is offered alone (it is always there). */
const FALLBACK_ROUTES: readonly OfferedRoute[] = [{ code: DEFAULT_ROUTE, name: 'Zij-instroom', degreeLevels: [] }];

/**
 * R1 as soon as both are chosen, before anything is uploaded: a degree level the route does not
 * accept is told at the degree field, with the routes that would (the server's rule and words).
 */
function useEligibility(form: ApplyForm, routes: readonly OfferedRoute[]): string | null {
  const [routeCode, degreeLevel] = useWatch({ control: form.control, name: ['route', 'degreeLevel'] });
  const route = routes.find((offered) => offered.code === routeCode);
  const refusal = route && route.degreeLevels.length > 0 && degreeLevel ? eligibilityRefusal(route, degreeLevel as DegreeLevel, routes) : null;
  // Again after each submit: the schema's check replaces the form's errors.
  const { submitCount } = form.formState;
  useEffect(() => {
    if (refusal) form.setError('degreeLevel', { type: 'eligibility', message: refusal });
    else if (form.getFieldState('degreeLevel').error?.type === 'eligibility') form.clearErrors('degreeLevel');
  }, [form, refusal, submitCount]);
  return refusal;
}

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
  const options = useFormOptions().data;
  const contact = options?.contact;
  const routes = options?.routes ?? FALLBACK_ROUTES;
  const form: ApplyForm = useForm<ApplyValues, unknown, Application>({ resolver: zodResolver(applySchema), defaultValues: APPLY_DEFAULTS });
  useCheckAtOnce(form);
  const refusal = useEligibility(form, routes);
  usePreselectedSource(form, options?.sources);

  // Success replaces the form by the thank-you text, which takes the focus itself. A route that does
  // not accept the chosen degree is told at the field and not sent (the server would refuse it too).
  const onSubmit = form.handleSubmit((application) => {
    if (refusal) return form.setError('degreeLevel', { type: 'eligibility', message: refusal }, { shouldFocus: true });
    const asksDetail = options?.sources.find((source) => source.code === application.source)?.asksDetail ?? false;
    apply.mutate({ ...application, sourceDetail: asksDetail ? application.sourceDetail : '' }, { onError: (error) => applyApiErrors(form, error) });
  });

  if (apply.data) return <ThankYou received={apply.data} contact={contact} />;

  return (
    <section className="card">
      <h1>Aanmelden als zij-instromer</h1>
      <p>
        Wil je leraar worden in het primair onderwijs in Almere of Lelystad? Als zij-instromer werk je meteen op een basisschool en haal je in ongeveer twee
        jaar je bevoegdheid. Flevowijs begeleidt je van aanmelding tot bevoegdheid.
      </p>
      <p>
        Voor zij-instroom heb je een <strong>afgeronde hbo- of wo-opleiding</strong> nodig (een bachelor van 4 jaar of een master); welke opleiding je nodig
        hebt, hangt af van de route die je kiest. Stuur je motivatiebrief en je cv mee als <strong>PDF of DOCX, elk maximaal 10 MB</strong>.
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
        <EducationFields form={form} routes={routes} />
        <fieldset>
          <legend>Documenten</legend>
          <ApplyField form={form} name="motivationLetter" text="Motivatiebrief" hint={FILE_HINT}>
            <input type="file" accept={FILE_ACCEPT} required />
          </ApplyField>
          <ApplyField form={form} name="cv" text="CV" hint={FILE_HINT}>
            <input type="file" accept={FILE_ACCEPT} required />
          </ApplyField>
        </fieldset>
        <SourceFields form={form} sources={options?.sources ?? []} />
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

function EducationFields({ form, routes }: { form: ApplyForm; routes: readonly OfferedRoute[] }) {
  return (
    <fieldset>
      <legend>Route, opleiding en regio</legend>
      <ApplyField form={form} name="route" text="Route" hint="De route bepaalt welke opleiding je nodig hebt.">
        <select required>
          <Options choices={routes.map((route) => [route.code, route.name])} />
        </select>
      </ApplyField>
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

/** "Hoe ken je Flevowijs?": not required; "Anders" asks for a few words. */
function SourceFields({ form, sources }: { form: ApplyForm; sources: readonly OfferedSource[] }) {
  const chosen = useWatch({ control: form.control, name: 'source' });
  const asksDetail = sources.find((source) => source.code === chosen)?.asksDetail ?? false;
  return (
    <fieldset>
      <legend>Hoe ken je Flevowijs?</legend>
      <ApplyField form={form} name="source" text="Hoe heb je van zij-instroom bij Flevowijs gehoord?" hint="Niet verplicht. Zo weten we welke werving werkt.">
        <select>
          <Options all="Zeg ik liever niet" choices={sources.map((source) => [source.code, source.label])} />
        </select>
      </ApplyField>
      {asksDetail && (
        <ApplyField form={form} name="sourceDetail" text="Toelichting" hint="Bijvoorbeeld: een advertentie, een open dag. Noem geen namen van anderen.">
          <input maxLength={200} />
        </ApplyField>
      )}
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
