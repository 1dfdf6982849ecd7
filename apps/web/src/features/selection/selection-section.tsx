import type { CandidateDetail, PanelBoard } from '../../api/models';
import { isCentralDesk, useViewer } from '../../app/auth';
import { useOpenForm } from '../../shared/forms';
import { Listing } from '../../shared/table';
import { ActionButton, leaveOutCard, SectionCard } from '../../shared/ui';
import { InterviewCard, type InterviewAction } from './interview-card';
import { InterviewForm } from './interview-form';
import { AdviceForm, CancelInterviewForm, OutcomeForm } from './selection-forms';
import { useInterviews } from './queries';

type Mode = { kind: 'plan' } | InterviewAction;

/** "Selectiegesprek": the joint interview, its panel, each board's advice and the outcome. */
export function SelectionSection({ candidate }: { candidate: CandidateDetail }) {
  const viewer = useViewer();
  const { mode, open, close } = useOpenForm<Mode>('selection-title');
  const interviews = useInterviews(candidate.id);
  const desk = isCentralDesk(viewer);

  const list = interviews.data ?? [];
  const scheduled = list.find((interview) => interview.status === 'scheduled');
  const canPlan = desk && candidate.stage === 'screening' && !scheduled;
  // Whoever may not see the interviews (coach, institute) gets no section at all. An open form keeps it: after
  // planning, the new stage can arrive before the new interview, and the form (with its success callback) must not unmount.
  if (!mode && leaveOutCard(interviews, canPlan)) return null;

  const ownBoard = (board: PanelBoard) => viewer.role === 'board' && viewer.boardId === board.boardId;

  return (
    <SectionCard name="selection" title="Selectiegesprek">
      <Listing rows={interviews.data} error={interviews.error} empty="Er is nog geen selectiegesprek gepland." />
      {canPlan && mode?.kind !== 'plan' && <ActionButton onClick={() => open({ kind: 'plan' })}>Selectiegesprek plannen</ActionButton>}
      {mode?.kind === 'plan' && <InterviewForm candidateId={candidate.id} onClose={close} />}
      {list.map((interview) => (
        <InterviewCard key={interview.id} interview={interview} desk={desk} ownBoard={ownBoard} onAction={open} />
      ))}
      {mode?.kind === 'reschedule' && <InterviewForm candidateId={candidate.id} interview={mode.interview} onClose={close} />}
      {mode?.kind === 'cancel' && <CancelInterviewForm interview={mode.interview} onClose={close} />}
      {mode?.kind === 'advice' && <AdviceForm key={mode.board.boardId} interview={mode.interview} board={mode.board} onBehalfOfBoard={desk} onClose={close} />}
      {mode?.kind === 'outcome' && <OutcomeForm interview={mode.interview} onClose={close} />}
    </SectionCard>
  );
}
