import type { AppNotification } from '../../api/models';
import { formatDateTime } from '../../shared/format';
import { DataTable, Listing, type Column } from '../../shared/table';
import { ErrorMessage, errorText } from '../../shared/ui';
import { useMarkAllRead, useMarkRead, useNotifications } from './queries';

export function NotificationsPage() {
  const notifications = useNotifications();
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const unread = notifications.data?.unread ?? 0;
  const failure = markRead.error ?? markAllRead.error;
  return (
    <section>
      <h1>Meldingen</h1>
      <p className="muted">
        {notifications.data
          ? unread === 0
            ? 'U heeft geen ongelezen meldingen.'
            : `U heeft ${unread} ongelezen ${unread === 1 ? 'melding' : 'meldingen'}.`
          : ''}
      </p>
      {/* Always in the page, so a screen reader announces the message when it appears. */}
      <div role="status" aria-live="polite">
        {markAllRead.isSuccess && <p className="alert alert-success">Alle meldingen zijn gelezen.</p>}
      </div>
      <ErrorMessage>{failure ? errorText(failure) : ''}</ErrorMessage>
      {unread > 0 && (
        <p>
          <button type="button" disabled={markAllRead.isPending} onClick={() => markAllRead.mutate()}>
            Alles gelezen
          </button>
        </p>
      )}
      <Listing rows={notifications.data?.items} error={notifications.error} empty="U heeft nog geen meldingen.">
        {(rows) => (
          <NotificationsTable
            notifications={rows}
            busyId={markRead.isPending ? markRead.variables : undefined}
            onMarkRead={(item) => markRead.mutate(item.id)}
          />
        )}
      </Listing>
    </section>
  );
}

interface TableProps {
  notifications: AppNotification[];
  busyId: string | undefined;
  onMarkRead: (notification: AppNotification) => void;
}

function NotificationsTable({ notifications, busyId, onMarkRead }: TableProps) {
  const columns: Column<AppNotification>[] = [
    {
      header: 'Melding',
      cell: (item) => (
        <>
          {item.readAt ? item.title : <strong>{item.title}</strong>}
          <details>
            <summary>Bericht</summary>
            <p className="notification-body">{item.body}</p>
          </details>
        </>
      ),
    },
    { header: 'Ontvangen op', cell: (item) => <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time> },
    { header: 'Status', cell: (item) => (item.readAt ? 'Gelezen' : <span className="badge">Ongelezen</span>) },
    {
      header: 'Actie',
      cell: (item) =>
        item.readAt ? (
          '—'
        ) : (
          <button
            type="button"
            className="secondary"
            disabled={busyId === item.id}
            aria-label={`Markeer als gelezen: ${item.title}`}
            onClick={() => onMarkRead(item)}
          >
            Markeer als gelezen
          </button>
        ),
    },
  ];
  return (
    <DataTable label="Meldingen" columns={columns} rows={notifications} rowKey={(item) => item.id} rowTestId={(item) => `notification-${item.id}`} stacked />
  );
}
