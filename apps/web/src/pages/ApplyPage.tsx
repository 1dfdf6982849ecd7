import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError, apiPostForm } from '../api';
import { ErrorMessage, errorText, FieldError } from '../components';
import { DEGREE_LEVEL_LABELS, DEGREE_LEVELS, REGION_LABELS, REGIONS } from '../labels';

interface ApplicationCreated {
  candidateId: string;
  reference: string;
}

const FILE_ACCEPT = '.pdf,.docx';

export function ApplyPage() {
  const [error, setError] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<ApplicationCreated | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    form.set('consentToKeep', form.get('consentToKeep') === 'on' ? 'true' : 'false');
    setBusy(true);
    setError('');
    setFieldErrors({});
    try {
      setCreated(await apiPostForm<ApplicationCreated>('/api/applications', form));
      window.scrollTo(0, 0);
    } catch (err) {
      setError(errorText(err));
      if (err instanceof ApiError) setFieldErrors(err.fieldMessages());
    } finally {
      setBusy(false);
    }
  };

  if (created) {
    return (
      <section className="card" aria-live="polite">
        <h1>Bedankt voor je aanmelding</h1>
        <p>
          Je referentie is <strong data-testid="application-reference">{created.reference}</strong>.
        </p>
        <p>We hebben je een bevestiging per e-mail gestuurd. Noem je referentie als je contact met ons opneemt.</p>
      </section>
    );
  }

  const field = (name: string, text: string, input: ReactNode, hint?: string) => (
    <div className={fieldErrors[name] ? 'field has-error' : 'field'}>
      <label htmlFor={`apply-${name}`}>{text}</label>
      {hint && <span className="hint">{hint}</span>}
      {input}
      <FieldError id={`apply-${name}-error`} message={fieldErrors[name]} />
    </div>
  );
  const describedBy = (name: string) => (fieldErrors[name] ? `apply-${name}-error` : undefined);

  return (
    <section className="card">
      <h1>Aanmelden als zij-instromer</h1>
      <p>
        Wil je leraar worden in het primair onderwijs in Almere of Lelystad? Als zij-instromer werk je meteen op een
        basisschool en haal je in ongeveer twee jaar je bevoegdheid. Flevowijs begeleidt je van aanmelding tot
        bevoegdheid.
      </p>
      <p>
        Voor zij-instroom heb je een <strong>afgeronde hbo- of wo-opleiding</strong> nodig (een bachelor van 4 jaar of
        een master). Stuur je motivatiebrief en je cv mee als <strong>PDF of DOCX, elk maximaal 10 MB</strong>.
      </p>
      <form onSubmit={onSubmit} className="form" encType="multipart/form-data">
        <fieldset>
          <legend>Je gegevens</legend>
          {field('firstName', 'Voornaam', <input id="apply-firstName" name="firstName" autoComplete="given-name" required aria-describedby={describedBy('firstName')} />)}
          {field('lastName', 'Achternaam', <input id="apply-lastName" name="lastName" autoComplete="family-name" required aria-describedby={describedBy('lastName')} />)}
          {field('email', 'E-mailadres', <input id="apply-email" name="email" type="email" autoComplete="email" required aria-describedby={describedBy('email')} />)}
          {field('phone', 'Telefoonnummer', <input id="apply-phone" name="phone" type="tel" autoComplete="tel" required aria-describedby={describedBy('phone')} />)}
        </fieldset>
        <fieldset>
          <legend>Opleiding en regio</legend>
          {field(
            'degreeLevel',
            'Hoogst afgeronde opleiding',
            <select id="apply-degreeLevel" name="degreeLevel" required defaultValue="" aria-describedby={describedBy('degreeLevel')}>
              <option value="" disabled>
                Kies je opleiding
              </option>
              {DEGREE_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {DEGREE_LEVEL_LABELS[level]}
                </option>
              ))}
            </select>,
          )}
          {field('degreeField', 'Studierichting', <input id="apply-degreeField" name="degreeField" required aria-describedby={describedBy('degreeField')} />)}
          {field(
            'region',
            'Regio',
            <select id="apply-region" name="region" required defaultValue="" aria-describedby={describedBy('region')}>
              <option value="" disabled>
                Kies een regio
              </option>
              {REGIONS.map((region) => (
                <option key={region} value={region}>
                  {REGION_LABELS[region]}
                </option>
              ))}
            </select>,
          )}
        </fieldset>
        <fieldset>
          <legend>Documenten</legend>
          {field('motivationLetter', 'Motivatiebrief', <input id="apply-motivationLetter" name="motivationLetter" type="file" accept={FILE_ACCEPT} required aria-describedby={describedBy('motivationLetter')} />, 'PDF of DOCX, maximaal 10 MB')}
          {field('cv', 'CV', <input id="apply-cv" name="cv" type="file" accept={FILE_ACCEPT} required aria-describedby={describedBy('cv')} />, 'PDF of DOCX, maximaal 10 MB')}
        </fieldset>
        <div className={fieldErrors.consentToKeep ? 'field field-checkbox has-error' : 'field field-checkbox'}>
          <input id="apply-consentToKeep" name="consentToKeep" type="checkbox" />
          <label htmlFor="apply-consentToKeep">Bewaar mijn gegevens 1 jaar voor toekomstige vacatures</label>
          <FieldError id="apply-consentToKeep-error" message={fieldErrors.consentToKeep} />
        </div>
        <p className="muted small">
          Zonder deze toestemming verwijderen we je gegevens 4 weken nadat je aanmelding is afgerond.
        </p>
        <ErrorMessage>{error}</ErrorMessage>
        <button type="submit" disabled={busy}>
          Aanmelding versturen
        </button>
      </form>
    </section>
  );
}
