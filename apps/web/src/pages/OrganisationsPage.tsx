import { useState, type FormEvent } from 'react';
import { ApiError, apiSend } from '../api';
import { ErrorMessage, errorText, Field, Loading } from '../components';
import { label, REGION_LABELS } from '../labels';
import type { Board, Institute } from '../types';
import { useFetch } from '../use-fetch';

interface School {
  id: string;
  name: string;
  city: string;
}

/** Admins manage the school boards (with their schools) and the teacher-training institutes. */
export function OrganisationsPage() {
  const [revision, setRevision] = useState(0);
  const boards = useFetch<Board[]>('/api/boards', revision);
  const institutes = useFetch<Institute[]>('/api/institutes', revision);
  const reload = () => setRevision((value) => value + 1);

  return (
    <section>
      <h1>Schoolbesturen en lerarenopleidingen</h1>
      <ErrorMessage>{boards.error || institutes.error ? errorText(boards.error ?? institutes.error) : ''}</ErrorMessage>
      <h2>Schoolbesturen</h2>
      {!boards.data ? <Loading /> : boards.data.map((board) => <BoardRow key={board.id} board={board} />)}
      <CreateForm
        title="Schoolbestuur toevoegen"
        path="/api/boards"
        fields={[
          { name: 'name', label: 'Naam van het bestuur' },
          { name: 'region', label: 'Regio', options: Object.entries(REGION_LABELS) },
          { name: 'joinedAt', label: 'Toegetreden tot het convenant op', type: 'date' },
        ]}
        submitLabel="Bestuur toevoegen"
        onCreated={reload}
      />
      <h2>Lerarenopleidingen</h2>
      {!institutes.data ? (
        <Loading />
      ) : (
        <ul>
          {institutes.data.map((institute) => (
            <li key={institute.id}>{institute.name}</li>
          ))}
        </ul>
      )}
      <CreateForm title="Lerarenopleiding toevoegen" path="/api/institutes" fields={[{ name: 'name', label: 'Naam van de opleiding' }]} submitLabel="Opleiding toevoegen" onCreated={reload} />
    </section>
  );
}

function BoardRow({ board }: { board: Board }) {
  const [revision, setRevision] = useState(0);
  const [open, setOpen] = useState(false);
  const schools = useFetch<School[]>(open ? `/api/boards/${encodeURIComponent(board.id)}/schools` : null, revision);
  return (
    <details className="card" data-testid={`board-${board.id}`} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {board.name} <span className="muted">({label(REGION_LABELS, board.region)})</span>
      </summary>
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
        path={`/api/boards/${encodeURIComponent(board.id)}/schools`}
        fields={[
          { name: 'name', label: 'Naam van de school' },
          { name: 'city', label: 'Plaats' },
        ]}
        submitLabel="School toevoegen"
        onCreated={() => setRevision((value) => value + 1)}
      />
    </details>
  );
}

interface FormField {
  name: string;
  label: string;
  type?: string;
  options?: [string, string][];
}

function CreateForm(props: { title: string; path: string; fields: FormField[]; submitLabel: string; onCreated: () => void }) {
  const initial = Object.fromEntries(props.fields.map((field) => [field.name, field.options?.[0]?.[0] ?? '']));
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fieldErrors = error instanceof ApiError ? error.fieldMessages() : {};
  const idPrefix = props.path.replace(/[^a-z0-9]+/gi, '-');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await apiSend('POST', props.path, values);
      setValues(initial);
      props.onCreated();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card" onSubmit={submit}>
      <h3>{props.title}</h3>
      <ErrorMessage>{error ? errorText(error) : ''}</ErrorMessage>
      {props.fields.map((field) => {
        const id = `${idPrefix}-${field.name}`;
        const change = (value: string) => setValues((previous) => ({ ...previous, [field.name]: value }));
        return (
          <Field key={field.name} id={id} label={field.label} error={fieldErrors[field.name]}>
            {field.options ? (
              <select id={id} value={values[field.name]} onChange={(event) => change(event.target.value)}>
                {field.options.map(([value, text]) => (
                  <option key={value} value={value}>
                    {text}
                  </option>
                ))}
              </select>
            ) : (
              <input id={id} type={field.type ?? 'text'} required value={values[field.name]} onChange={(event) => change(event.target.value)} />
            )}
          </Field>
        );
      })}
      <button type="submit" disabled={busy}>
        {props.submitLabel}
      </button>
    </form>
  );
}
