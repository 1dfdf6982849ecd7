import { useEffect, useState, type FormEvent } from 'react';
import { apiGet, apiSend, query } from '../../api';
import { ErrorMessage, Field, FieldError, Loading } from '../../components';
import { label, REGION_LABELS } from '../../labels';
import type { Board, DirectoryUser, Interview, User } from '../../types';
import { useAction } from '../../use-action';
import { useFetch } from '../../use-fetch';

interface Props {
  candidateId: string;
  /** The interview to reschedule; absent when planning a new one. */
  interview?: Interview;
  viewer: User;
  onDone: () => void;
  onClose: () => void;
}

const DEFAULT_DURATION = '60';

function initialStaff(interview: Interview | undefined, viewer: User): string[] {
  if (interview) return interview.staff.map((member) => member.userId);
  // Whoever plans the interview usually sits on the panel.
  return viewer.role === 'staff' ? [viewer.id] : [];
}

function initialBoards(interview: Interview | undefined): Record<string, string> {
  return Object.fromEntries((interview?.boards ?? []).map((board) => [board.boardId, board.representativeUserId]));
}

/** Plans a selection interview, or reschedules one: time, place and the joint panel. */
export function InterviewForm({ candidateId, interview, viewer, onDone, onClose }: Props) {
  const boards = useFetch<Board[]>('/api/boards');
  const staff = useFetch<DirectoryUser[]>(`/api/users/directory${query({ role: 'staff' })}`);
  const [startsAt, setStartsAt] = useState(interview?.startsAtLocal ?? '');
  const [duration, setDuration] = useState(interview ? String(interview.durationMinutes) : DEFAULT_DURATION);
  const [location, setLocation] = useState(interview?.location ?? '');
  const [staffIds, setStaffIds] = useState<string[]>(() => initialStaff(interview, viewer));
  const [panelBoards, setPanelBoards] = useState<Record<string, string>>(() => initialBoards(interview));
  const [representatives, setRepresentatives] = useState<Record<string, DirectoryUser[]>>({});
  const action = useAction();
  const errors = action.fieldErrors;

  useEffect(() => {
    for (const boardId of Object.keys(panelBoards)) {
      if (representatives[boardId]) continue;
      apiGet<DirectoryUser[]>(`/api/users/directory${query({ role: 'board', boardId })}`)
        .then((users) => {
          setRepresentatives((previous) => ({ ...previous, [boardId]: users }));
          // One representative is the obvious choice; more need a decision.
          if (users.length === 1) setPanelBoards((previous) => (boardId in previous && !previous[boardId] ? { ...previous, [boardId]: users[0].id } : previous));
        })
        .catch(() => setRepresentatives((previous) => ({ ...previous, [boardId]: [] })));
    }
  }, [panelBoards, representatives]);

  const toggleStaff = (id: string, checked: boolean) =>
    setStaffIds((previous) => (checked ? [...previous, id] : previous.filter((other) => other !== id)));

  const toggleBoard = (boardId: string, checked: boolean) =>
    setPanelBoards((previous) => {
      const next = { ...previous };
      if (checked) next[boardId] = representatives[boardId]?.length === 1 ? representatives[boardId][0].id : '';
      else delete next[boardId];
      return next;
    });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      startsAt,
      durationMinutes: Number(duration),
      location: location.trim(),
      staffUserIds: staffIds,
      boards: Object.entries(panelBoards).map(([boardId, representativeUserId]) => ({ boardId, representativeUserId })),
    };
    const sent = await action.run(() =>
      interview
        ? apiSend('PATCH', `/api/interviews/${encodeURIComponent(interview.id)}`, body)
        : apiSend('POST', `/api/candidates/${encodeURIComponent(candidateId)}/interviews`, body),
    );
    if (sent) onDone();
  };

  const staffOptions = mergeStaff(staff.data ?? [], interview);

  return (
    <form className="card form" onSubmit={onSubmit} data-testid="interview-form">
      <h3>{interview ? 'Selectiegesprek verzetten' : 'Selectiegesprek plannen'}</h3>
      <Field id="interview-startsAt" label="Datum en tijd" hint="Nederlandse tijd" error={errors.startsAt}>
        <input id="interview-startsAt" type="datetime-local" required value={startsAt} onChange={(e) => setStartsAt(e.target.value)} />
      </Field>
      <Field id="interview-duration" label="Duur in minuten" error={errors.durationMinutes}>
        <input id="interview-duration" type="number" min={15} max={240} step={5} required value={duration} onChange={(e) => setDuration(e.target.value)} />
      </Field>
      <Field id="interview-location" label="Locatie" error={errors.location}>
        <input id="interview-location" required value={location} onChange={(e) => setLocation(e.target.value)} />
      </Field>
      <fieldset>
        <legend>Medewerkers van Flevowijs in het panel</legend>
        {!staff.data ? (
          <Loading />
        ) : (
          staffOptions.map((member) => (
            <div key={member.id} className="field field-checkbox">
              <input id={`interview-staff-${member.id}`} type="checkbox" checked={staffIds.includes(member.id)} onChange={(e) => toggleStaff(member.id, e.target.checked)} />
              <label htmlFor={`interview-staff-${member.id}`}>
                {member.name}
                {member.id === viewer.id && ' (jij)'}
              </label>
            </div>
          ))
        )}
        <FieldError id="interview-staff-error" message={errors.staffUserIds} />
      </fieldset>
      <fieldset>
        <legend>Schoolbesturen in het panel</legend>
        {!boards.data ? (
          <Loading />
        ) : (
          boards.data.map((board) => (
            <div key={board.id} className="panel-board">
              <div className="field field-checkbox">
                <input id={`interview-board-${board.id}`} type="checkbox" checked={board.id in panelBoards} onChange={(e) => toggleBoard(board.id, e.target.checked)} />
                <label htmlFor={`interview-board-${board.id}`}>
                  {board.name} ({label(REGION_LABELS, board.region)})
                </label>
              </div>
              {board.id in panelBoards && (
                <RepresentativePicker board={board} users={representatives[board.id]} value={panelBoards[board.id]} onChange={(userId) => setPanelBoards((previous) => ({ ...previous, [board.id]: userId }))} />
              )}
            </div>
          ))
        )}
        <FieldError id="interview-boards-error" message={errors.boards} />
      </fieldset>
      <ErrorMessage>{action.error}</ErrorMessage>
      <div className="actions">
        <button type="submit" disabled={action.busy}>
          {interview ? 'Nieuwe tijd opslaan' : 'Gesprek plannen'}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Terug
        </button>
      </div>
    </form>
  );
}

/** Keeps panel members who are no longer in the directory selectable when rescheduling. */
function mergeStaff(directory: DirectoryUser[], interview: Interview | undefined): { id: string; name: string }[] {
  const known = new Set(directory.map((user) => user.id));
  const missing = (interview?.staff ?? []).filter((member) => !known.has(member.userId)).map((member) => ({ id: member.userId, name: member.name }));
  return [...directory, ...missing];
}

interface PickerProps {
  board: Board;
  users: DirectoryUser[] | undefined;
  value: string;
  onChange: (userId: string) => void;
}

function RepresentativePicker({ board, users, value, onChange }: PickerProps) {
  const id = `interview-representative-${board.id}`;
  if (!users) return <Loading />;
  if (users.length === 0) return <p className="small field-error">Dit schoolbestuur heeft nog geen actieve gebruikers.</p>;
  return (
    <div className="field nested">
      <label htmlFor={id}>Vertegenwoordiger van {board.name}</label>
      <select id={id} required value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="" disabled>
          Kies een vertegenwoordiger
        </option>
        {users.map((user) => (
          <option key={user.id} value={user.id}>
            {user.name}
          </option>
        ))}
      </select>
    </div>
  );
}
