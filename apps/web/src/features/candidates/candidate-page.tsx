import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import type { CandidateDetail } from '../../api/models';
import { isCentralDesk, useViewer } from '../../app/auth';
import { label, STAGE_LABELS } from '../../shared/labels';
import { ErrorMessage, errorText, focusById, Loading } from '../../shared/ui';
import { AssessmentSection } from '../assessment/assessment-section';
import { CandidateRouteSection } from '../routes/candidate-route-section';
import { PrivacySection } from '../privacy/privacy-section';
import { SelectionSection } from '../selection/selection-section';
import { CandidateDetails, CandidateDocuments } from './candidate-details';
import { DisclosuresSection } from './disclosures-section';
import { HistorySection } from './history-section';
import { MessageTimelineCard } from './message-timeline-card';
import { NotesCard } from './notes-card';
import { downloadDocument, fullName, isStale, useCandidate, useReloadCandidate, useStageCommand } from './queries';
import { CANDIDATE_TITLE_ID, StageActions } from './stage-actions';

/** `/kandidaten/:id`: a fresh page per candidate, so no form stays open across candidates. */
export function CandidateRoute() {
  const { id = '' } = useParams();
  return <CandidatePage key={id} id={id} />;
}

const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;

function CandidatePage({ id }: { id: string }) {
  const viewer = useViewer();
  const candidate = useCandidate(id);
  const command = useStageCommand(id, candidate.data?.etag ?? null);
  const reload = useReloadCandidate(id);
  const download = useMutation({ mutationFn: (document: { id: string; fileName: string }) => downloadDocument(id, document) });

  if (isNotFound(candidate.error) || isNotFound(command.error)) return <CandidateNotFound />;
  if (!candidate.data) return candidate.error ? <ErrorMessage>{errorText(candidate.error)}</ErrorMessage> : <Loading />;

  // Errors of a reason form show in that form; the rest here.
  const stale = isStale(command.error);
  const pageError = (command.variables?.command === 'screening' && !stale ? command.error : null) ?? download.error ?? candidate.error;
  return (
    <section>
      <p>
        <Link to="/kandidaten">← Terug naar de kandidaten</Link>
      </p>
      <CandidateTitle candidate={candidate.data} />
      <ErrorMessage>{pageError ? errorText(pageError) : ''}</ErrorMessage>
      {stale && (
        <StaleNotice
          message={errorText(command.error)}
          onReload={() => {
            command.reset();
            void reload().then(() => focusById(CANDIDATE_TITLE_ID));
          }}
        />
      )}
      <StageActions candidate={candidate.data} command={command} />
      <div className="grid-2">
        <CandidateDetails candidate={candidate.data} />
        <CandidateDocuments candidate={candidate.data} onDownload={(document) => download.mutate(document)} />
      </div>
      <CandidateRouteSection candidate={candidate.data} />
      <SelectionSection candidate={candidate.data} />
      <AssessmentSection candidate={candidate.data} />
      {isCentralDesk(viewer) && <DisclosuresSection disclosures={candidate.data.disclosures ?? []} />}
      {isCentralDesk(viewer) && <PrivacySection candidate={candidate.data} />}
      <NotesCard candidateId={id} />
      <MessageTimelineCard candidateId={id} />
      <HistorySection candidateId={id} />
    </section>
  );
}

function CandidateTitle({ candidate }: { candidate: CandidateDetail }) {
  return (
    <div className="page-title">
      <h1 id={CANDIDATE_TITLE_ID} tabIndex={-1}>
        {fullName(candidate)}
      </h1>
      {/* A polite live region: a stage command's result (the new stage) is read out when it shows. */}
      <span className={`badge stage-${candidate.stage}`} data-testid="candidate-stage" role="status">
        {label(STAGE_LABELS, candidate.stage)}
      </span>
    </div>
  );
}

/** Someone else changed the candidate since this page read it: say who and what, and offer to reload. */
function StaleNotice({ message, onReload }: { message: string; onReload: () => void }) {
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => notice.current?.focus(), []);
  return (
    <div className="card stale-notice" role="alert" tabIndex={-1} ref={notice} data-testid="stale-notice">
      <p>{message}</p>
      <button type="button" onClick={onReload}>
        Opnieuw laden
      </button>
    </div>
  );
}

function CandidateNotFound() {
  return (
    <section>
      <h1>Kandidaat niet gevonden</h1>
      <p>
        <Link to="/kandidaten">Terug naar de kandidaten</Link>
      </p>
    </section>
  );
}
