import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../shared/format';
import { Options, useOpenForm } from '../../shared/forms';
import { DataTable, Listing, type Column } from '../../shared/table';
import { ErrorMessage, errorText, Field } from '../../shared/ui';
import { candidatePath } from '../candidates/candidate-path';
import { ExtendForm, RecordForm } from './data-request-forms';
import { ExportButton } from './export-button';
import { REQUEST_KIND_LABELS } from './privacy-schemas';
import { useCompleteRequest, useDataRequests, type DataRequest, type DataRequestStatus } from './queries';

const LIST_TITLE_ID = 'data-requests-title';

type Mode = { kind: 'extend'; request: DataRequest } | { kind: 'complete'; request: DataRequest };

/** An erased candidate keeps the reference only. */
const candidateName = (request: DataRequest) => request.candidateName || 'Gewist';

/** `/verzoeken`: the data subjects' inspection and erasure requests with their deadlines (the central desk). */
export function DataRequestsPage() {
  const [status, setStatus] = useState<DataRequestStatus>('open');
  const [announcement, setAnnouncement] = useState('');
  const requests = useDataRequests(status);
  const { mode, open, close } = useOpenForm<Mode>(LIST_TITLE_ID);
  const retention = requests.data?.retention;
  const columns = requestColumns(status, (next) => {
    setAnnouncement('');
    open(next);
  });

  return (
    <section>
      <h1>Verzoeken (AVG)</h1>
      <p className="muted">
        Een verzoek om inzage of wissen beantwoordt u binnen een maand na ontvangst; verlengen kan één keer, met hoogstens twee maanden en een reden.
        {retention &&
          ` Bewaartermijnen: afgewezen of teruggetrokken kandidaten worden ${retention.applicantDays} dagen na het afsluiten gewist, met hun toestemming na ${retention.consentMonths} maanden; trajectdeelnemers ${retention.programmeYears} jaar na het einde van hun traject.`}
      </p>
      <RecordForm
        onRecorded={(request) => setAnnouncement(`Verzoek vastgelegd voor ${candidateName(request)}: beantwoorden uiterlijk ${formatDate(request.deadline)}.`)}
      />
      <div role="status" aria-live="polite" data-testid="data-requests-status">
        {announcement && <p className="alert alert-success">{announcement}</p>}
      </div>
      <div className="filters">
        <h2 id={LIST_TITLE_ID} tabIndex={-1}>
          {status === 'open' ? 'Open verzoeken' : 'Afgehandelde verzoeken'}
        </h2>
        <Field id="data-requests-status-filter" label="Toon">
          <select id="data-requests-status-filter" value={status} onChange={(event) => setStatus(event.target.value as DataRequestStatus)}>
            <Options
              choices={[
                ['open', 'Open verzoeken'],
                ['completed', 'Afgehandelde verzoeken'],
              ]}
            />
          </select>
        </Field>
      </div>
      {mode?.kind === 'extend' && (
        <ExtendForm
          key={mode.request.id}
          request={mode.request}
          onClose={close}
          onExtended={(request) => setAnnouncement(`Termijn verlengd tot ${formatDate(request.deadline)}.`)}
        />
      )}
      {mode?.kind === 'complete' && <CompleteCard key={mode.request.id} request={mode.request} onClose={close} onCompleted={(text) => setAnnouncement(text)} />}
      <Listing
        rows={requests.data?.requests}
        error={requests.error}
        empty={status === 'open' ? 'Er zijn geen open verzoeken.' : 'Er zijn nog geen afgehandelde verzoeken.'}
      >
        {(rows) => (
          <DataTable
            label={status === 'open' ? 'Open verzoeken' : 'Afgehandelde verzoeken'}
            columns={columns}
            rows={rows}
            rowKey={(request) => request.id}
            rowTestId={(request) => `data-request-${request.id}`}
          />
        )}
      </Listing>
    </section>
  );
}

function requestColumns(status: DataRequestStatus, open: (mode: Mode) => void): Column<DataRequest>[] {
  return [
    {
      header: 'Kandidaat',
      cell: (request) => (
        <>
          <Link to={candidatePath(request.candidateId)}>{candidateName(request)}</Link> <span className="small muted">{request.candidateReference}</span>
        </>
      ),
    },
    { header: 'Soort', cell: (request) => REQUEST_KIND_LABELS[request.kind] },
    { header: 'Ontvangen op', cell: (request) => formatDate(request.receivedOn) },
    {
      header: 'Beantwoorden uiterlijk',
      cell: (request) => (
        <>
          {formatDate(request.deadline)}
          {request.overdue && <strong className="field-error"> (termijn verstreken)</strong>}
          {request.extendedByMonths !== null && (
            <span className="small muted">
              {' '}
              verlengd met {request.extendedByMonths} {request.extendedByMonths === 1 ? 'maand' : 'maanden'}: {request.extensionReason}
            </span>
          )}
        </>
      ),
    },
    status === 'open'
      ? { header: 'Acties', cell: (request) => <RequestActions request={request} open={open} /> }
      : { header: 'Afgehandeld op', cell: (request) => formatDateTime(request.completedAt) },
  ];
}

function RequestActions({ request, open }: { request: DataRequest; open: (mode: Mode) => void }) {
  const name = candidateName(request);
  return (
    <div className="actions">
      {request.kind === 'inspection' && <ExportButton candidateId={request.candidateId} reference={request.candidateReference} name={name} />}
      {request.extendedByMonths === null && (
        <button type="button" className="secondary" onClick={() => open({ kind: 'extend', request })} aria-label={`Termijn verlengen: ${name}`}>
          Verlengen
        </button>
      )}
      <button type="button" onClick={() => open({ kind: 'complete', request })} aria-label={`Afhandelen: ${name}`}>
        Afhandelen
      </button>
    </div>
  );
}

/** Completing asks once more; for an erasure it says what goes and what stays. */
function CompleteCard({ request, onClose, onCompleted }: { request: DataRequest; onClose: () => void; onCompleted: (text: string) => void }) {
  const complete = useCompleteRequest();
  const erasure = request.kind === 'erasure';
  const titleId = `complete-${request.id}-title`;
  useEffect(() => document.getElementById(titleId)?.focus(), [titleId]);
  const confirm = () =>
    complete.mutate(request.id, {
      onSuccess: () => {
        onCompleted(erasure ? `De gegevens van ${candidateName(request)} zijn gewist; het verzoek is afgehandeld.` : 'Het inzageverzoek is afgehandeld.');
        onClose();
      },
    });
  return (
    <section className="card" aria-labelledby={titleId} data-testid="complete-card">
      <h3 id={titleId} tabIndex={-1}>
        {erasure ? 'Wissen en afhandelen' : 'Inzageverzoek afhandelen'}: {candidateName(request)}
      </h3>
      <p>
        {erasure
          ? 'De persoonsgegevens, documenten, toelichtingen en berichten over deze kandidaat worden gewist. Wat overblijft is anoniem (regio, fasen met hun data, uitkomsten), zodat de rapportages kloppen. Dit kan niet ongedaan worden gemaakt. Een lopend dossier moet eerst worden afgesloten.'
          : 'Handel het verzoek af nadat u de export aan de kandidaat hebt gestuurd.'}
      </p>
      <ErrorMessage>{complete.error ? errorText(complete.error) : ''}</ErrorMessage>
      <div className="actions">
        <button type="button" className={erasure ? 'danger' : undefined} onClick={confirm} disabled={complete.isPending}>
          {erasure ? 'Wissen en afhandelen' : 'Afhandelen'}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Terug
        </button>
      </div>
    </section>
  );
}
