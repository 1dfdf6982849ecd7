import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { isCentralDesk, useViewer } from '../../app/auth';
import { FormField, Options, submitWith, FormSubmit } from '../../shared/forms';
import { formatDate, todayInAmsterdam } from '../../shared/format';
import { label } from '../../shared/labels';
import { DataTable, Listing, type Column } from '../../shared/table';
import { ErrorMessage, errorText, Field, Loading } from '../../shared/ui';
import { candidatePath } from '../candidates/candidate-path';
import { useBoards } from '../organisations/queries';
import { PLACEMENT_STATUS_LABELS, capacityText, formatFte } from './placement-labels';
import { schoolYearOf } from '../../shared/format';
import { capacitySchema, schoolYearChoices, type CapacityValues } from './placement-schemas';
import { useCapacity, useDeclareCapacity, usePlacements, type Placement } from './queries';

const COLUMNS: Column<Placement>[] = [
  {
    header: 'Kandidaat',
    cell: (placement) => (
      <>
        <Link to={candidatePath(placement.candidateId)}>{placement.candidateName || 'Kandidaat bekijken'}</Link>
        {placement.candidateReference && <span className="small muted"> {placement.candidateReference}</span>}
      </>
    ),
  },
  { header: 'School', cell: (placement) => placement.schoolName },
  { header: 'Startdatum', cell: (placement) => formatDate(placement.startDate) },
  { header: 'FTE', cell: (placement) => formatFte(placement.fte) },
  { header: 'Boven-formatief', cell: (placement) => (placement.supernumerary ? 'Ja' : 'Nee') },
  { header: 'Zachte landing tot en met', cell: (placement) => formatDate(placement.softLandingEndsOn) },
  {
    header: 'Status',
    cell: (placement) => (placement.status === 'ended' ? `Beëindigd op ${formatDate(placement.endedOn)}` : label(PLACEMENT_STATUS_LABELS, placement.status)),
  },
];

/** "Plaatsingen": a board's supernumerary places and placements per school year; the central desk picks the board. */
export function PlacementsPage() {
  const viewer = useViewer();
  const desk = isCentralDesk(viewer);
  const boards = useBoards({ enabled: desk });
  const [chosenBoard, setChosenBoard] = useState('');
  const current = schoolYearOf(todayInAmsterdam());
  const [schoolYear, setSchoolYear] = useState(current);
  const boardId = desk ? chosenBoard : (viewer.boardId ?? '');

  return (
    <section>
      <h1>Plaatsingen en capaciteit</h1>
      <div className="filters">
        {desk && (
          <Field id="placements-board" label="Schoolbestuur">
            <select id="placements-board" value={chosenBoard} onChange={(event) => setChosenBoard(event.target.value)}>
              <Options prompt="Kies een schoolbestuur" choices={(boards.data ?? []).map((board) => [board.id, board.name])} />
            </select>
          </Field>
        )}
        <Field id="placements-year" label="Schooljaar">
          <select id="placements-year" value={schoolYear} onChange={(event) => setSchoolYear(event.target.value)}>
            <Options choices={schoolYearChoices(current).map((year) => [year, year])} />
          </select>
        </Field>
      </div>
      {boardId === '' ? (
        <p className="muted">Kies een schoolbestuur om de capaciteit en plaatsingen te zien.</p>
      ) : (
        <BoardYear boardId={boardId} schoolYear={schoolYear} />
      )}
    </section>
  );
}

function BoardYear({ boardId, schoolYear }: { boardId: string; schoolYear: string }) {
  const capacity = useCapacity(boardId, schoolYear);
  const placements = usePlacements(boardId, schoolYear);
  return (
    <>
      <section className="card" aria-labelledby="capacity-title" data-testid="capacity-section">
        <h2 id="capacity-title" tabIndex={-1}>
          Boven-formatieve plaatsen {schoolYear}
        </h2>
        <ErrorMessage>{capacity.error ? errorText(capacity.error) : ''}</ErrorMessage>
        {capacity.data ? (
          <>
            <p className="capacity-figure" data-testid="capacity-used">
              {capacityText(capacity.data)}
            </p>
            <CapacityForm key={`${boardId}-${schoolYear}`} boardId={boardId} schoolYear={schoolYear} places={capacity.data.places} />
          </>
        ) : (
          !capacity.error && <Loading />
        )}
      </section>
      <h2>Plaatsingen met start in {schoolYear}</h2>
      <Listing rows={placements.data} error={placements.error} empty="Er zijn geen plaatsingen in dit schooljaar.">
        {(rows) => (
          <DataTable
            label={`Plaatsingen ${schoolYear}`}
            columns={COLUMNS}
            rows={rows}
            rowKey={(placement) => placement.id}
            rowTestId={(placement) => `placement-${placement.candidateId}`}
          />
        )}
      </Listing>
    </>
  );
}

function CapacityForm({ boardId, schoolYear, places }: { boardId: string; schoolYear: string; places: number | null }) {
  const declare = useDeclareCapacity(boardId, schoolYear);
  const form = useForm<CapacityValues, unknown, { places: number }>({
    resolver: zodResolver(capacitySchema),
    defaultValues: { places: places === null ? '' : String(places) },
  });
  return (
    <form className="form" onSubmit={submitWith(form, declare, () => undefined)} noValidate>
      <FormField form={form} name="places" id="capacity-places" label="Aantal opgegeven plaatsen" hint="Lager dan het aantal plaatsen in gebruik kan niet.">
        <input inputMode="numeric" required />
      </FormField>
      <div role="status" aria-live="polite">
        {declare.isSuccess && <p className="alert alert-success">De capaciteit is opgeslagen.</p>}
      </div>
      <FormSubmit form={form} busy={declare.isPending}>
        Capaciteit opslaan
      </FormSubmit>
    </form>
  );
}
