import type { Interview, PanelBoard } from '../../api/models';
import { formatDateTime } from '../../shared/format';
import { INTERVIEW_STATUS_LABELS, label, VERDICT_LABELS } from '../../shared/labels';
import { DataTable } from '../../shared/table';

export type InterviewAction =
  | { kind: 'reschedule'; interview: Interview }
  | { kind: 'cancel'; interview: Interview }
  | { kind: 'advice'; interview: Interview; board: PanelBoard }
  | { kind: 'outcome'; interview: Interview };

interface CardProps {
  interview: Interview;
  desk: boolean;
  ownBoard: (board: PanelBoard) => boolean;
  onAction: (action: InterviewAction) => void;
}

export function InterviewCard({ interview, desk, ownBoard, onAction }: CardProps) {
  const open = interview.status === 'scheduled';
  const act = (kind: 'outcome' | 'reschedule' | 'cancel') => () => onAction({ kind, interview });
  return (
    <article className="interview" data-testid={`interview-${interview.id}`}>
      <h3>
        Gesprek op {formatDateTime(interview.startsAt)}{' '}
        <span className={`badge interview-${interview.status}`} data-testid="interview-status">
          {label(INTERVIEW_STATUS_LABELS, interview.status)}
        </span>
      </h3>
      <InterviewDetails interview={interview} />
      <DataTable
        caption="Schoolbesturen in het panel"
        columns={[
          { header: 'Schoolbestuur', cell: (board) => board.boardName },
          { header: 'Vertegenwoordiger', cell: (board) => board.representativeName },
          {
            header: 'Advies',
            cell: (board) => (
              <BoardAdvice
                board={board}
                mayAdvise={open && (desk || ownBoard(board))}
                visible={desk || ownBoard(board)}
                onAdvise={() => onAction({ kind: 'advice', interview, board })}
              />
            ),
          },
        ]}
        rows={interview.boards}
        rowKey={(board) => board.boardId}
        rowTestId={(board) => `panel-board-${board.boardId}`}
      />
      {desk && open && (
        <div className="actions">
          {!interview.outcome && (
            <button type="button" onClick={act('outcome')}>
              Uitkomst vastleggen
            </button>
          )}
          <button type="button" className="secondary" onClick={act('reschedule')}>
            Verzetten
          </button>
          <button type="button" className="secondary" onClick={act('cancel')}>
            Gesprek annuleren
          </button>
        </div>
      )}
    </article>
  );
}

function InterviewDetails({ interview }: { interview: Interview }) {
  return (
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
  );
}

interface AdviceProps {
  board: PanelBoard;
  mayAdvise: boolean;
  /** The API hides another board's advice: say so rather than suggest none was given. */
  visible: boolean;
  onAdvise: () => void;
}

function BoardAdvice({ board, mayAdvise, visible, onAdvise }: AdviceProps) {
  if (board.advice) {
    return (
      <>
        <strong>{label(VERDICT_LABELS, board.advice.advice)}</strong>
        {board.advice.wouldEmploy ? ', wil de kandidaat in dienst nemen' : ', neemt de kandidaat niet in dienst'}
        <span className="reason">{board.advice.motivation}</span>
      </>
    );
  }
  if (mayAdvise) {
    return (
      <button type="button" className="secondary" aria-label={`Advies vastleggen voor ${board.boardName}`} onClick={onAdvise}>
        Advies vastleggen
      </button>
    );
  }
  return <span className="muted">{visible ? 'Nog geen advies' : 'Niet zichtbaar'}</span>;
}
