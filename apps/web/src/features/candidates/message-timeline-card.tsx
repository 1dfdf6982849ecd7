import { formatDateTime } from '../../shared/format';
import { label } from '../../shared/labels';
import { DataTable, type Column } from '../../shared/table';
import { ErrorMessage, errorText, Loading, SectionCard } from '../../shared/ui';
import { useMessages, type CandidateMessage } from './notes-queries';

const STATUS_LABELS: Record<CandidateMessage['status'], string> = { pending: 'Nog niet verstuurd', sent: 'Verstuurd', refused: 'Geweigerd door de mailserver' };
const ABOUT_LABELS: Record<CandidateMessage['about'], string> = { candidate: 'Aanmelding', interview: 'Selectiegesprek', assessment: 'Geschiktheidsonderzoek' };

/** An interview's messages with a sequence above 0 are its calendar updates. */
function subjectText(message: CandidateMessage): string {
  const update = message.about === 'interview' && /^seq-[1-9]/.test(message.dueKey);
  return update ? `${message.title} (agenda-update)` : message.title || '(gewist)';
}

const COLUMNS: Column<CandidateMessage>[] = [
  { header: 'Tijd', cell: (message) => formatDateTime(message.sentAt ?? message.createdAt) },
  { header: 'Aan', cell: (message) => message.recipient },
  { header: 'Onderwerp', cell: subjectText },
  { header: 'Over', cell: (message) => label(ABOUT_LABELS, message.about) },
  { header: 'Status', cell: (message) => label(STATUS_LABELS, message.status) },
];

/** Issue 16 item 2: every message sent to or about the candidate, newest first (others than the desk: their own). */
export function MessageTimelineCard({ candidateId }: { candidateId: string }) {
  const messages = useMessages(candidateId);
  return (
    <SectionCard name="messages" title="Berichten">
      {!messages.data ? (
        messages.error ? (
          <ErrorMessage>{errorText(messages.error)}</ErrorMessage>
        ) : (
          <Loading />
        )
      ) : messages.data.length === 0 ? (
        <p className="muted">Nog geen berichten verstuurd.</p>
      ) : (
        <DataTable label="Berichten" columns={COLUMNS} rows={messages.data} rowKey={(message) => message.id} stacked />
      )}
    </SectionCard>
  );
}
