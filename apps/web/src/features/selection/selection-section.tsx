import { useState } from 'react';
import type { CandidateDetail, PanelBoard } from '../../api/models';
import { isCentralDesk, useViewer } from '../../app/auth';
import { ErrorMessage, errorText, isHidden, Loading } from '../../shared/ui';
import { InterviewCard, type InterviewAction } from './interview-card';
import { InterviewForm } from './interview-form';
import { AdviceForm, CancelInterviewForm, OutcomeForm } from './selection-forms';
import { useInterviews } from './queries';

type Mode = { kind: 'plan' } | InterviewAction;

/** "Selectiegesprek": the joint interview, its panel, each board's advice and the outcome. */
export function SelectionSection({ candidate }: { candidate: CandidateDetail }) {
  const viewer = useViewer();
  const [mode, setMode] = useState<Mode | null>(null);
  const interviews = useInterviews(candidate.id);
  const desk = isCentralDesk(viewer);

  // Whoever may not see the interviews (coach, institute) gets no section at all.
  if (isHidden(interviews.error)) return null;
  const list = interviews.data ?? [];
  const scheduled = list.find((interview) => interview.status === 'scheduled');
  const canPlan = desk && candidate.stage === 'screening' && !scheduled;
  if (interviews.data && list.length === 0 && !canPlan) return null;

  const close = () => setMode(null);
  const ownBoard = (board: PanelBoard) => viewer.role === 'board' && viewer.boardId === board.boardId;

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
      {mode?.kind === 'plan' && <InterviewForm candidateId={candidate.id} onClose={close} />}
      {list.map((interview) => (
        <InterviewCard key={interview.id} interview={interview} desk={desk} ownBoard={ownBoard} onAction={setMode} />
      ))}
      {mode?.kind === 'reschedule' && <InterviewForm candidateId={candidate.id} interview={mode.interview} onClose={close} />}
      {mode?.kind === 'cancel' && <CancelInterviewForm interview={mode.interview} onClose={close} />}
      {mode?.kind === 'advice' && <AdviceForm key={mode.board.boardId} interview={mode.interview} board={mode.board} onBehalfOfBoard={desk} onClose={close} />}
      {mode?.kind === 'outcome' && <OutcomeForm interview={mode.interview} onClose={close} />}
    </section>
  );
}
