import { useState } from 'react';
import type { Board } from '../../api/models';
import { choicesOf, label, REGION_LABELS } from '../../shared/labels';
import { ErrorMessage, errorText, Loading } from '../../shared/ui';
import { CreateForm } from './create-form';
import { OrganisationControls, OrganisationStatus } from './organisation-controls';
import { boardSchema, instituteSchema, schoolSchema } from './organisation-forms';
import { useBoards, useCreateBoard, useCreateInstitute, useCreateSchool, useInstitutes, useSchools } from './queries';

const REGION_OPTIONS = choicesOf(REGION_LABELS);

/** Admins manage the school boards (with their schools) and the teacher-training institutes. */
export function OrganisationsPage() {
  const boards = useBoards();
  const institutes = useInstitutes();
  const createBoard = useCreateBoard();
  const createInstitute = useCreateInstitute();
  const error = boards.error ?? institutes.error;
  return (
    <section>
      <h1>Schoolbesturen en lerarenopleidingen</h1>
      <ErrorMessage>{error ? errorText(error) : ''}</ErrorMessage>
      <h2>Schoolbesturen</h2>
      {!boards.data ? <Loading /> : boards.data.map((board) => <BoardRow key={board.id} board={board} />)}
      <CreateForm
        title="Schoolbestuur toevoegen"
        idPrefix="board"
        fields={[
          { name: 'name', label: 'Naam van het bestuur' },
          { name: 'region', label: 'Regio', options: REGION_OPTIONS },
          { name: 'joinedAt', label: 'Toegetreden tot het convenant op', type: 'date' },
        ]}
        submitLabel="Bestuur toevoegen"
        doneMessage="Het schoolbestuur is toegevoegd."
        schema={boardSchema}
        create={createBoard}
      />
      <h2>Lerarenopleidingen</h2>
      {!institutes.data ? (
        <Loading />
      ) : (
        <ul className="plain-list">
          {institutes.data.map((institute) => (
            <li key={institute.id} className="card organisation" data-testid={`institute-${institute.id}`}>
              {/* Focusable by script: the rename form hands the focus back here when it closes. */}
              <h3 id={`institute-${institute.id}-title`} tabIndex={-1}>
                {institute.name} <OrganisationStatus active={institute.active} />
              </h3>
              <OrganisationControls kind="institute" organisation={institute} titleId={`institute-${institute.id}-title`} />
            </li>
          ))}
        </ul>
      )}
      <CreateForm
        title="Lerarenopleiding toevoegen"
        idPrefix="institute"
        fields={[{ name: 'name', label: 'Naam van de opleiding' }]}
        submitLabel="Opleiding toevoegen"
        doneMessage="De lerarenopleiding is toegevoegd."
        schema={instituteSchema}
        create={createInstitute}
      />
    </section>
  );
}

function BoardRow({ board }: { board: Board }) {
  const [open, setOpen] = useState(false);
  const schools = useSchools(board.id, open);
  const createSchool = useCreateSchool(board.id);
  return (
    <details className="card" data-testid={`board-${board.id}`} onToggle={(event) => setOpen(event.currentTarget.open)}>
      {/* The rename form hands the focus back to the summary, which shows the new name. */}
      <summary id={`board-${board.id}-title`}>
        {board.name} <span className="muted">({label(REGION_LABELS, board.region)})</span> <OrganisationStatus active={board.active} />
      </summary>
      <OrganisationControls kind="board" organisation={board} titleId={`board-${board.id}-title`} />
      {open && !schools.data ? <Loading /> : null}
      {schools.data && (
        <ul>
          {schools.data.map((school) => (
            <li key={school.id}>
              {school.name}, {school.city}
            </li>
          ))}
        </ul>
      )}
      <CreateForm
        title="School toevoegen"
        idPrefix={`board-${board.id}-school`}
        fields={[
          { name: 'name', label: 'Naam van de school' },
          { name: 'city', label: 'Plaats' },
        ]}
        submitLabel="School toevoegen"
        doneMessage="De school is toegevoegd."
        schema={schoolSchema}
        create={createSchool}
      />
    </details>
  );
}
