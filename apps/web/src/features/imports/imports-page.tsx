import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ImportProblem, ImportRecord } from '../../api/models';
import { formatDateTime } from '../../shared/format';
import { DataTable, Listing, type Column } from '../../shared/table';
import { ErrorMessage, Field, describedBy, errorText } from '../../shared/ui';
import { useCommitImport, useImport, useImports, useUploadImport } from './queries';

const STATUS_LABELS: Record<ImportRecord['status'], string> = {
  checked: 'Gecontroleerd, klaar om te verwerken',
  refused: 'Fouten gevonden',
  queued: 'Wordt verwerkt',
  committed: 'Verwerkt',
  failed: 'Verwerking mislukt',
};

/** Issue 15: bring history in from a spreadsheet. Upload, read the dry run, fix and upload again, then commit and follow its progress. */
export function ImportsPage() {
  const [currentId, setCurrentId] = useState<string | undefined>(undefined);
  const current = useImport(currentId);
  const imports = useImports();
  return (
    <section>
      <h1>Importeren</h1>
      <p className="muted">
        Lees zij-instromers in met hun hele geschiedenis: kandidaten met de data van hun fasen, plaatsingen, trajecten, begeleiding, enquêtes en de capaciteit
        per schoolbestuur. Vul het <a href="/api/imports/template.xlsx">importsjabloon (.xlsx)</a> in; het blad Toelichting legt elke kolom uit. Eerst volgt een
        proefimport: er wordt niets vastgelegd tot u de import verwerkt. Een export in hetzelfde formaat:{' '}
        <a href="/api/exports/workbook.xlsx">alles exporteren</a>.
      </p>
      <UploadForm onChecked={setCurrentId} />
      {current.data && <DryRun record={current.data} />}
      <h2>Eerdere imports</h2>
      <Listing rows={imports.data} error={imports.error} empty="Er is nog niets geïmporteerd.">
        {(rows) => <HistoryTable rows={rows} />}
      </Listing>
    </section>
  );
}

function UploadForm({ onChecked }: { onChecked: (id: string) => void }) {
  const upload = useUploadImport();
  const [missing, setMissing] = useState<string | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  const fileError = missing ?? (upload.error ? errorText(upload.error) : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setMissing('Kies een .xlsx- of CSV-bestand.');
      input.current?.focus();
      return;
    }
    setMissing(undefined);
    upload.mutate(file, { onSuccess: (record) => onChecked(record.id) });
  };
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="import-upload-title">
      <h2 id="import-upload-title">Bestand controleren</h2>
      <Field id="import-file" label="Bestand (.xlsx of .csv, maximaal 20 MB)" error={fileError}>
        <input
          id="import-file"
          ref={input}
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={describedBy('import-file', { error: fileError })}
        />
      </Field>
      <button type="submit" disabled={upload.isPending}>
        {upload.isPending ? 'Bezig met controleren…' : 'Controleren'}
      </button>
    </form>
  );
}

function DryRun({ record }: { record: ImportRecord }) {
  const commit = useCommitImport();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [record.id]);
  const errors = record.problems.filter((problem) => problem.severity === 'error');
  return (
    <section className="card" aria-labelledby="import-result-title" data-testid="import-result">
      <h2 id="import-result-title" tabIndex={-1} ref={heading}>
        Proefimport van {record.fileName}
      </h2>
      <p>
        Status: <strong>{STATUS_LABELS[record.status]}</strong>
      </p>
      {record.counts && <Counts counts={record.counts} />}
      {record.status === 'checked' && (
        <button type="button" disabled={commit.isPending} onClick={() => commit.mutate(record.id)}>
          Import verwerken
        </button>
      )}
      <ErrorMessage>{commit.error ? errorText(commit.error) : ''}</ErrorMessage>
      <Progress record={record} />
      {record.failure && <p className="alert alert-error">{record.failure}</p>}
      {errors.length > 0 && <p>Verbeter deze fouten in het spreadsheet en controleer het bestand opnieuw.</p>}
      {record.problems.length > 0 && <ProblemsTable problems={record.problems} />}
    </section>
  );
}

function Counts({ counts }: { counts: NonNullable<ImportRecord['counts']> }) {
  return (
    <dl className="summary">
      <dt>Kandidaten</dt>
      <dd>
        {counts.people.create} nieuw, {counts.people.update} bijgewerkt, {counts.people.unchanged} ongewijzigd
      </dd>
      <dt>Plaatsingen, trajecten</dt>
      <dd>
        {counts.placements} plaatsingen, {counts.programmes} trajecten
      </dd>
      <dt>Begeleiding, enquêtes</dt>
      <dd>
        {counts.sessions} gesprekken, {counts.surveys} enquêtes
      </dd>
      <dt>Capaciteit</dt>
      <dd>
        {counts.capacity.create} nieuw, {counts.capacity.update} bijgewerkt, {counts.capacity.unchanged} ongewijzigd
      </dd>
    </dl>
  );
}

/** The commit's progress; announced politely when it finishes. */
function Progress({ record }: { record: ImportRecord }) {
  const running = record.status === 'queued';
  return (
    <div>
      {running && (
        <>
          <label htmlFor="import-progress">Voortgang</label>
          <progress id="import-progress" max={Math.max(record.rowsTotal, 1)} value={record.rowsDone}>
            {record.rowsDone} van {record.rowsTotal}
          </progress>
          <span className="muted">
            {' '}
            {record.rowsDone} van {record.rowsTotal} rijen
          </span>
        </>
      )}
      <div role="status" aria-live="polite">
        {record.status === 'committed' && <p className="alert alert-success">De import is verwerkt: {record.rowsTotal} rijen vastgelegd.</p>}
      </div>
    </div>
  );
}

function ProblemsTable({ problems }: { problems: ImportProblem[] }) {
  const columns: Column<ImportProblem>[] = [
    { header: 'Blad', cell: (problem) => problem.sheet },
    { header: 'Rij', cell: (problem) => problem.row ?? '—' },
    { header: 'Kolom', cell: (problem) => problem.column ?? '—' },
    { header: 'Soort', cell: (problem) => (problem.severity === 'error' ? 'Fout' : 'Waarschuwing') },
    { header: 'Regel', cell: (problem) => problem.rule ?? '—' },
    { header: 'Melding', cell: (problem) => problem.message },
  ];
  return <DataTable label="Problemen" columns={columns} rows={problems} rowKey={(_, index) => String(index)} stacked />;
}

function HistoryTable({ rows }: { rows: ImportRecord[] }) {
  const columns: Column<ImportRecord>[] = [
    { header: 'Bestand', cell: (row) => row.fileName },
    { header: 'Door', cell: (row) => row.uploadedBy.name },
    { header: 'Op', cell: (row) => <time dateTime={row.uploadedAt}>{formatDateTime(row.uploadedAt)}</time> },
    { header: 'Status', cell: (row) => STATUS_LABELS[row.status] },
    {
      header: 'Aantallen',
      cell: (row) => (row.counts ? `${row.counts.people.create} nieuw, ${row.counts.people.update} bijgewerkt, ${row.counts.sessions} gesprekken` : '—'),
    },
    { header: 'Fouten', cell: (row) => row.errorCount },
  ];
  return <DataTable label="Eerdere imports" columns={columns} rows={rows} rowKey={(row) => row.id} rowTestId={(row) => `import-${row.id}`} stacked />;
}
