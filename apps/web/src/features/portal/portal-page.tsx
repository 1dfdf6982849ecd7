import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ApiError } from '../../api/client';
import { FormField, FormSubmit, submitWith } from '../../shared/forms';
import { formatDate, formatDateTime } from '../../shared/format';
import { DOCUMENT_KIND_LABELS } from '../../shared/labels';
import { ErrorMessage, errorText, Loading } from '../../shared/ui';
import { useConsent, useDataRequest, usePortalOverview, useRequestSignInLink, useSignIn, useSignOut, useWithdraw, type PortalOverview } from './queries';

const linkSchema = z.object({ email: z.string().trim().min(1, 'Vul je e-mailadres in.').email('Vul een geldig e-mailadres in.') });

const REQUEST_KIND_LABELS = { inspection: 'Inzage in je gegevens', erasure: 'Verwijderen van je gegevens' } as const;

/** The token of the mail's link: in the fragment (`#token=…`), which the browser never sends to a server. */
function tokenFromLink(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
}

/** `/mijn-aanmelding`: signed in with a one-time link from the mail, the candidate sees and acts on their own application (issue 16). */
export function PortalPage() {
  const [token, setToken] = useState(tokenFromLink);
  const signIn = useSignIn();
  const started = useRef('');
  useEffect(() => {
    // A second link opened in this tab changes only the fragment: no new page load.
    const onHashChange = () => setToken((current) => tokenFromLink() || current);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  useEffect(() => {
    // The token stays in memory only: out of the address bar and the history as soon as the page has it.
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname);
    if (token && started.current !== token) {
      started.current = token;
      signIn.mutate(token);
    }
  }, [token, signIn]);
  // With a link, the overview waits for the sign-in: asked before, it would answer 401.
  const waiting = token !== '' && !signIn.isSuccess && !signIn.isError;
  const overview = usePortalOverview(!waiting);

  if (waiting || (overview.isPending && overview.fetchStatus !== 'idle')) return <Loading />;
  if (overview.data) return <Overview overview={overview.data} />;
  const signedOut = overview.error instanceof ApiError && overview.error.status === 401;
  return (
    <RequestLink>
      {signIn.error && <ErrorMessage>{errorText(signIn.error)}</ErrorMessage>}
      {!signedOut && overview.error && <ErrorMessage>{errorText(overview.error)}</ErrorMessage>}
    </RequestLink>
  );
}

/** Asks for a sign-in link: the same answer whether or not the address is known. */
function RequestLink({ children }: { children: ReactNode }) {
  const request = useRequestSignInLink();
  const form = useForm<z.input<typeof linkSchema>, unknown, z.output<typeof linkSchema>>({ resolver: zodResolver(linkSchema), defaultValues: { email: '' } });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (request.data) heading.current?.focus();
  }, [request.data]);
  if (request.data) {
    return (
      <section className="card">
        <h1 ref={heading} tabIndex={-1}>
          Kijk in je e-mail
        </h1>
        <p>{request.data.message}</p>
        <p>Geen e-mail ontvangen? Kijk ook bij je ongewenste e-mail.</p>
      </section>
    );
  }
  return (
    <section className="card">
      <h1>Mijn aanmelding</h1>
      <p>
        Hier zie je hoe het met je aanmelding als zij-instromer staat. Vul het e-mailadres in waarmee je je hebt aangemeld; je krijgt dan een e-mail met een
        link om in te loggen. Een wachtwoord is niet nodig.
      </p>
      {children}
      <form onSubmit={submitWith(form, request, () => undefined)} className="form" noValidate>
        <FormField form={form} name="email" id="portal-email" label="E-mailadres">
          <input type="email" autoComplete="email" required />
        </FormField>
        <FormSubmit form={form} busy={request.isPending}>
          Inloglink versturen
        </FormSubmit>
      </form>
    </section>
  );
}

function Overview({ overview }: { overview: PortalOverview }) {
  const [announcement, setAnnouncement] = useState('');
  const signOut = useSignOut();
  return (
    <section>
      <h1>Mijn aanmelding</h1>
      <p>
        Hallo {overview.firstName}, je aanmeldnummer is <strong>{overview.reference}</strong>. Aangemeld op {formatDate(overview.appliedAt)}.
      </p>
      <div role="status" aria-live="polite">
        {announcement && <p className="alert alert-success">{announcement}</p>}
      </div>
      <div className="card" data-testid="portal-status">
        <h2>Waar staat je aanmelding?</h2>
        <p>{overview.status}</p>
      </div>
      {overview.interview && (
        <div className="card" data-testid="portal-interview">
          <h2>Je selectiegesprek</h2>
          <p>
            Wanneer: {formatDateTime(overview.interview.startsAt)} ({overview.interview.durationMinutes} minuten)
          </p>
          <p>Waar: {overview.interview.location}</p>
        </div>
      )}
      <div className="card">
        <h2>Je documenten</h2>
        <ul>
          {overview.documents.map((document) => (
            <li key={document.kind}>
              {DOCUMENT_KIND_LABELS[document.kind]}: {document.fileName}
            </li>
          ))}
        </ul>
      </div>
      <ConsentCard overview={overview} onDone={setAnnouncement} />
      <DataRequestsCard overview={overview} onDone={setAnnouncement} />
      {overview.canWithdraw && <WithdrawCard onDone={setAnnouncement} />}
      <div className="actions">
        <button type="button" className="secondary" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
          Uitloggen
        </button>
      </div>
    </section>
  );
}

function ConsentCard({ overview, onDone }: { overview: PortalOverview; onDone: (message: string) => void }) {
  const consent = useConsent();
  const toggle = () =>
    consent.mutate(!overview.consentToKeep, {
      onSuccess: (next) => onDone(next.consentToKeep ? 'Je toestemming is vastgelegd.' : 'Je toestemming is ingetrokken.'),
    });
  return (
    <div className="card">
      <h2>Je gegevens bewaren</h2>
      <p>
        {overview.consentToKeep
          ? 'Je hebt toestemming gegeven om je gegevens tot een jaar na het afronden van je aanmelding te bewaren, voor toekomstige vacatures.'
          : 'Zonder je toestemming verwijderen we je gegevens 4 weken nadat je aanmelding is afgerond. Met toestemming bewaren we ze een jaar, voor toekomstige vacatures.'}
      </p>
      <button type="button" className="secondary" onClick={toggle} disabled={consent.isPending}>
        {overview.consentToKeep ? 'Toestemming intrekken' : 'Toestemming geven om een jaar te bewaren'}
      </button>
      <ErrorMessage>{consent.error ? errorText(consent.error) : ''}</ErrorMessage>
    </div>
  );
}

function DataRequestsCard({ overview, onDone }: { overview: PortalOverview; onDone: (message: string) => void }) {
  const request = useDataRequest();
  const ask = (kind: 'inspection' | 'erasure') =>
    request.mutate(kind, { onSuccess: () => onDone(`Je verzoek (${REQUEST_KIND_LABELS[kind].toLowerCase()}) is doorgegeven aan Flevowijs.`) });
  return (
    <div className="card">
      <h2>Inzage of verwijderen</h2>
      <p>Je mag altijd vragen welke gegevens we van je hebben, of vragen ze te verwijderen. We beantwoorden je verzoek binnen een maand.</p>
      {overview.dataRequests.length > 0 && (
        <ul>
          {overview.dataRequests.map((item) => (
            <li key={`${item.kind}-${item.receivedOn}`}>
              {REQUEST_KIND_LABELS[item.kind]}: ontvangen op {formatDate(item.receivedOn)},{' '}
              {item.status === 'open' ? `uiterlijk beantwoord op ${formatDate(item.deadline)}` : 'afgehandeld'}
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" className="secondary" onClick={() => ask('inspection')} disabled={request.isPending}>
          Inzage vragen
        </button>
        <button type="button" className="secondary" onClick={() => ask('erasure')} disabled={request.isPending}>
          Verwijderen vragen
        </button>
      </div>
      <ErrorMessage>{request.error ? errorText(request.error) : ''}</ErrorMessage>
    </div>
  );
}

function WithdrawCard({ onDone }: { onDone: (message: string) => void }) {
  const withdraw = useWithdraw();
  const [confirming, setConfirming] = useState(false);
  const confirm = () => withdraw.mutate(undefined, { onSuccess: () => onDone('Je aanmelding is ingetrokken. Je krijgt een bevestiging per e-mail.') });
  return (
    <div className="card" data-testid="portal-withdraw">
      <h2>Aanmelding intrekken</h2>
      <p>Wil je niet verder? Dan kun je je aanmelding hier intrekken. Je kunt je later altijd opnieuw aanmelden.</p>
      {confirming ? (
        <div className="actions">
          <button type="button" className="danger" onClick={confirm} disabled={withdraw.isPending}>
            Ja, aanmelding intrekken
          </button>
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            Nee, toch niet
          </button>
        </div>
      ) : (
        <button type="button" className="secondary" onClick={() => setConfirming(true)}>
          Aanmelding intrekken
        </button>
      )}
      <ErrorMessage>{withdraw.error ? errorText(withdraw.error) : ''}</ErrorMessage>
    </div>
  );
}
