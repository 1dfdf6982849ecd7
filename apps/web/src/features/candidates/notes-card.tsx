import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { RequestBody } from '../../api/models';
import { useViewer } from '../../app/auth';
import { FormCard, FormField, Options, useOpenForm } from '../../shared/forms';
import { formatDate, formatDateTime, todayInAmsterdam } from '../../shared/format';
import { choicesOf, label } from '../../shared/labels';
import { ErrorMessage, errorText, Loading, SectionCard } from '../../shared/ui';
import { useDeleteNote, useNotes, useWriteNote, type Note } from './notes-queries';
import { NOTE_KIND_LABELS, noteSchema, type NoteValues } from './notes-schema';

const TITLE_ID = 'notes-title';

/**
 * Issue 16 item 1: notes and contact moments. The desk reads all of them, a board or coach those of
 * its own organisation; the author changes or deletes within 24 hours. The institute writes none.
 */
export function NotesCard({ candidateId }: { candidateId: string }) {
  const viewer = useViewer();
  if (viewer.role === 'institute') return null;
  return <NotesSection candidateId={candidateId} />;
}

function NotesSection({ candidateId }: { candidateId: string }) {
  const notes = useNotes(candidateId);
  const { mode, open, close } = useOpenForm<Note | 'new'>(TITLE_ID);
  return (
    <SectionCard name="notes" title="Notities en contactmomenten">
      <p className="small muted">Zichtbaar voor Flevowijs en voor je eigen organisatie. Leg geen gezondheidsgegevens vast.</p>
      {!notes.data ? (
        notes.error ? (
          <ErrorMessage>{errorText(notes.error)}</ErrorMessage>
        ) : (
          <Loading />
        )
      ) : notes.data.length === 0 ? (
        <p className="muted">Nog geen notities of contactmomenten.</p>
      ) : (
        <ol className="notes plain-list">
          {notes.data.map((note) => (
            <NoteItem key={note.id} candidateId={candidateId} note={note} onEdit={() => open(note)} editing={mode !== null} />
          ))}
        </ol>
      )}
      {mode === null && (
        <div className="actions">
          <button type="button" onClick={() => open('new')}>
            Notitie of contactmoment toevoegen
          </button>
        </div>
      )}
      {mode !== null && <NoteForm key={mode === 'new' ? 'new' : mode.id} candidateId={candidateId} note={mode === 'new' ? null : mode} onClose={close} />}
    </SectionCard>
  );
}

function NoteItem({ candidateId, note, onEdit, editing }: { candidateId: string; note: Note; onEdit: () => void; editing: boolean }) {
  const remove = useDeleteNote(candidateId);
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="note" data-testid="note">
      <p className="small">
        <strong>{label(NOTE_KIND_LABELS, note.kind)}</strong> op {formatDate(note.date)}, door {note.authorName}
        {note.updatedAt !== note.createdAt && <span className="muted"> (gewijzigd {formatDateTime(note.updatedAt)})</span>}
      </p>
      <p className="note-text">{note.text}</p>
      {note.editable && !editing && (
        <div className="actions">
          {confirming ? (
            <>
              <span>Deze notitie verwijderen?</span>
              <button type="button" className="danger" disabled={remove.isPending} onClick={() => remove.mutate(note.id)}>
                Ja, verwijderen
              </button>
              <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                Nee
              </button>
            </>
          ) : (
            <>
              <button type="button" className="secondary" onClick={onEdit}>
                Wijzigen
              </button>
              <button type="button" className="secondary" onClick={() => setConfirming(true)}>
                Verwijderen
              </button>
            </>
          )}
        </div>
      )}
      <ErrorMessage>{remove.error ? errorText(remove.error) : ''}</ErrorMessage>
    </li>
  );
}

function NoteForm({ candidateId, note, onClose }: { candidateId: string; note: Note | null; onClose: () => void }) {
  const write = useWriteNote(candidateId, note?.id ?? null);
  const form = useForm<NoteValues, unknown, RequestBody<'NoteRequest'>>({
    resolver: zodResolver(noteSchema),
    defaultValues: note ? { kind: note.kind, date: note.date, text: note.text } : { kind: 'note', date: todayInAmsterdam(), text: '' },
  });
  return (
    <FormCard form={form} send={write} onClose={onClose} submit="Opslaan" testId="note-form">
      <h3>{note ? 'Notitie wijzigen' : 'Notitie of contactmoment toevoegen'}</h3>
      <FormField form={form} name="kind" id="note-kind" label="Soort">
        <select required>
          <Options choices={choicesOf(NOTE_KIND_LABELS)} />
        </select>
      </FormField>
      <FormField form={form} name="date" id="note-date" label="Datum" type="date" required />
      <FormField
        form={form}
        name="text"
        id="note-text"
        label="Tekst"
        hint="Noem een collega met @ en het deel van zijn of haar e-mailadres vóór de @ (bijvoorbeeld @p.jansen): die krijgt een melding. Leg geen gezondheidsgegevens vast."
      >
        <textarea rows={4} required />
      </FormField>
    </FormCard>
  );
}
