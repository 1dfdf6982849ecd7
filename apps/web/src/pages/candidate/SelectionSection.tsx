import { useState } from 'react';
import { ApiError } from '../../api';
import { ErrorMessage, errorText, Loading } from '../../components';
import { formatDateTime } from '../../format';
import { INTERVIEW_STATUS_LABELS, label, VERDICT_LABELS } from '../../labels';
import { isCentralDesk } from '../../roles';
import type { CandidateDetail, Interview, PanelBoard, User } from '../../types';
import { useFetch } from '../../use-fetch';
import { InterviewForm } from './InterviewForm';
import { AdviceForm, CancelInterviewForm, OutcomeForm } from './SelectionForms';

interface Props {
  candidate: CandidateDetail;
  viewer: User;
  revision: number;
  onChanged: () => void;
}

type Mode =
  | { kind: 'plan' }
  | { kind: 'reschedule'; interview: Interview }
  | { kind: 'cancel'; interview: Interview }
  | { kind: 'advice'; interview: Interview; board: PanelBoard }
  | { kind: 'outcome'; interview: Interview };

/** "Selectiegesprek": the joint interview, its panel, each board's advice and the outcome. */
export function SelectionSection({ candidate, viewer, revision, onChanged }: Props) {
  const [mode, setMode] = useState<Mode | null>(null);
  const interviews = useFetch<Interview[]>(`/api/candidates/${encodeURIComponent(candidate.id)}/interviews`, revision);
  const desk = isCentralDesk(viewer);

  // Whoever may not see the interviews (coach, institute) gets no section at all.
  if (interviews.error instanceof ApiError && (interviews.error.status === 403 || interviews.error.status === 404)) return null;
  const list = interviews.data ?? [];
  const scheduled = list.find((interview) => interview.status === 'scheduled');
  const canPlan = desk && candidate.stage === 'screening' && !scheduled;
  if (interviews.data && list.length === 0 && !canPlan) return null;

  const done = () => {
    setMode(null);
    onChanged();
  };
  const close = () => setMode(null);
  const ownBoard = (board: PanelBoard) => viewer.role === 'board' && viewer.boardId === board.boardId;
  const mayAdvise = (board: PanelBoard) => desk || ownBoard(board);

  return (
    <section className="card" aria-labelledby="selection-title" data-testid="selection-section">
      <h2 id="selection-title">Selectiegesprek</h2>
      {interviews.error ? <ErrorMessage>{errorText(interviews.error)}</ErrorMessage> : null}
      {!interviews.data && !interviews.error && <Loading />}
      {list.length === 0 && interviews.data && <p className="muted">Er is nog geen selectiegesprek gepland.</p>}
      {canPlan && mode?.kind !== 'plan' && (
        <div className="actions">
          <button type="button" onClick={() => setMode({ kind: 'plan' })}>
            Selectiegesprek plannen
          </button>
        </div>
      )}
      {mode?.kind === 'plan' && <InterviewForm candidateId={candidate.id} viewer={viewer} onDone={done} onClose={close} />}
      {list.map((interview) => (
        <InterviewCard
          key={interview.id}
          interview={interview}
          desk={desk}
          mayAdvise={mayAdvise}
          ownBoard={ownBoard}
          onAction={(next) => setMode(next)}
        />
      ))}
      {mode?.kind === 'reschedule' && <InterviewForm candidateId={candidate.id} interview={mode.interview} viewer={viewer} onDone={done} onClose={close} />}
      {mode?.kind === 'cancel' && <CancelInterviewForm interview={mode.interview} onDone={done} onClose={close} />}
      {mode?.kind === 'advice' && <AdviceForm key={mode.board.boardId} interview={mode.interview} board={mode.board} onBehalfOfBoard={desk} onDone={done} onClose={close} />}
      {mode?.kind === 'outcome' && <OutcomeForm interview={mode.interview} onDone={done} onClose={close} />}
    </section>
  );
}

interface CardProps {
  interview: Interview;
  desk: boolean;
  mayAdvise: (board: PanelBoard) => boolean;
  ownBoard: (board: PanelBoard) => boolean;
  onAction: (mode: Mode) => void;
}

function InterviewCard({ interview, desk, mayAdvise, ownBoard, onAction }: CardProps) {
  const open = interview.status === 'scheduled';
  return (
    <article className="interview" data-testid={`interview-${interview.id}`}>
      <h3>
        Gesprek op {formatDateTime(interview.startsAt)}{' '}
        <span className={`badge interview-${interview.status}`} data-testid="interview-status">
          {label(INTERVIEW_STATUS_LABELS, interview.status)}
        </span>
      </h3>
      <dl className="details">
        <dt>Locatie</dt>
        <dd>{interview.location}</dd>
        <dt>Duur</dt>
        <dd>{interview.durationMinutes} minuten</dd>
        <dt>Medewerkers</dt>
        <dd>{interview.staff.map((member) => member.name).join(', ') || '—'}</dd>
        {interview.cancelledAt && (
          <>
            <dt>Geannuleerd op</dt>
            <dd>
              {formatDateTime(interview.cancelledAt)}
              {interview.cancellationReason && <span className="reason">Reden: {interview.cancellationReason}</span>}
            </dd>
          </>
        )}
        {interview.outcome && (
          <>
            <dt>Uitkomst</dt>
            <dd data-testid="interview-outcome">
              <strong>{label(VERDICT_LABELS, interview.outcome.outcome)}</strong>
              <span className="reason">{interview.outcome.motivation}</span>
            </dd>
          </>
        )}
      </dl>
      <div className="table-wrap">
        <table>
          <caption className="small muted">Schoolbesturen in het panel</caption>
          <thead>
            <tr>
              <th scope="col">Schoolbestuur</th>
              <th scope="col">Vertegenwoordiger</th>
              <th scope="col">Advies</th>
            </tr>
          </thead>
          <tbody>
            {interview.boards.map((board) => (
              <tr key={board.boardId} data-testid={`panel-board-${board.boardId}`}>
                <td>{board.boardName}</td>
                <td>{board.representativeName}</td>
                <td>
                  {board.advice ? (
                    <>
                      <strong>{label(VERDICT_LABELS, board.advice.advice)}</strong>
                      {board.advice.wouldEmploy ? ', wil de kandidaat in dienst nemen' : ', neemt de kandidaat niet in dienst'}
                      <span className="reason">{board.advice.motivation}</span>
                    </>
                  ) : open && mayAdvise(board) ? (
                    <button type="button" className="secondary" aria-label={`Advies vastleggen voor ${board.boardName}`} onClick={() => onAction({ kind: 'advice', interview, board })}>
                      Advies vastleggen
                    </button>
                  ) : (
                    // The API hides another board's advice: say so rather than suggest none was given.
                    <span className="muted">{desk || ownBoard(board) ? 'Nog geen advies' : 'Niet zichtbaar'}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {desk && open && (
        <div className="actions">
          {!interview.outcome && (
            <button type="button" onClick={() => onAction({ kind: 'outcome', interview })}>
              Uitkomst vastleggen
            </button>
          )}
          <button type="button" className="secondary" onClick={() => onAction({ kind: 'reschedule', interview })}>
            Verzetten
          </button>
          <button type="button" className="secondary" onClick={() => onAction({ kind: 'cancel', interview })}>
            Gesprek annuleren
          </button>
        </div>
      )}
    </article>
  );
}
