import { useEffect } from 'react';
import type { Board, DirectoryUser, Interview } from '../../api/models';
import { useViewer } from '../../app/auth';
import { label, REGION_LABELS } from '../../shared/labels';
import { FieldError, Loading } from '../../shared/ui';
import { useBoards, useDirectory } from '../organisations/queries';

interface StaffProps {
  interview: Interview | undefined;
  selected: string[];
  onChange: (ids: string[]) => void;
  error: string | undefined;
}

/** Keeps panel members who are no longer in the directory selectable when rescheduling. */
function mergeStaff(directory: DirectoryUser[], interview: Interview | undefined): { id: string; name: string }[] {
  const known = new Set(directory.map((user) => user.id));
  const missing = (interview?.staff ?? []).filter((member) => !known.has(member.userId)).map((member) => ({ id: member.userId, name: member.name }));
  return [...directory, ...missing];
}

export function StaffFieldset({ interview, selected, onChange, error }: StaffProps) {
  const viewer = useViewer();
  const staff = useDirectory({ role: 'staff' });
  const toggle = (id: string, checked: boolean) => onChange(checked ? [...selected, id] : selected.filter((other) => other !== id));
  return (
    <fieldset aria-describedby={error ? 'interview-staff-error' : undefined}>
      <legend>Medewerkers van Flevowijs in het panel</legend>
      {!staff.data ? (
        <Loading />
      ) : (
        mergeStaff(staff.data, interview).map((member) => (
          <div key={member.id} className="field field-checkbox">
            <input
              id={`interview-staff-${member.id}`}
              type="checkbox"
              checked={selected.includes(member.id)}
              onChange={(e) => toggle(member.id, e.target.checked)}
            />
            <label htmlFor={`interview-staff-${member.id}`}>
              {member.name}
              {member.id === viewer.id && ' (jij)'}
            </label>
          </div>
        ))
      )}
      <FieldError id="interview-staff-error" message={error} />
    </fieldset>
  );
}

interface BoardsProps {
  /** Board id → representative user id ('' until chosen). */
  panel: Record<string, string>;
  onChange: (panel: Record<string, string>) => void;
  error: string | undefined;
}

export function BoardsFieldset({ panel, onChange, error }: BoardsProps) {
  const boards = useBoards();
  const toggle = (boardId: string, checked: boolean) => {
    const next = { ...panel };
    if (checked) next[boardId] = '';
    else delete next[boardId];
    onChange(next);
  };
  return (
    <fieldset aria-describedby={error ? 'interview-boards-error' : undefined}>
      <legend>Schoolbesturen in het panel</legend>
      {!boards.data ? (
        <Loading />
      ) : (
        boards.data.map((board) => (
          <div key={board.id} className="panel-board">
            <div className="field field-checkbox">
              <input id={`interview-board-${board.id}`} type="checkbox" checked={board.id in panel} onChange={(e) => toggle(board.id, e.target.checked)} />
              <label htmlFor={`interview-board-${board.id}`}>
                {board.name} ({label(REGION_LABELS, board.region)})
              </label>
            </div>
            {board.id in panel && (
              <RepresentativePicker board={board} value={panel[board.id]} onChange={(userId) => onChange({ ...panel, [board.id]: userId })} />
            )}
          </div>
        ))
      )}
      <FieldError id="interview-boards-error" message={error} />
    </fieldset>
  );
}

interface PickerProps {
  board: Board;
  value: string;
  onChange: (userId: string) => void;
}

function RepresentativePicker({ board, value, onChange }: PickerProps) {
  const users = useDirectory({ role: 'board', boardId: board.id }).data;
  const id = `interview-representative-${board.id}`;
  // One representative is the obvious choice; more need a decision.
  const only = users?.length === 1 ? users[0].id : '';
  useEffect(() => {
    if (only && !value) onChange(only);
  }, [only, value, onChange]);
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
