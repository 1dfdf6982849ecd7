import { NavLink } from 'react-router';
import { useUnreadCount } from './queries';

/**
 * The header's "Meldingen" item: the page of the user's notifications, with the unread count as a
 * badge. Its name says the shown words in full, "Meldingen, 3 ongelezen", starting with what is seen.
 */
export function NotificationsLink() {
  const { data: unread } = useUnreadCount();
  return (
    <NavLink to="/meldingen" end aria-label={unread === undefined ? 'Meldingen' : `Meldingen, ${unread} ongelezen`}>
      Meldingen {unread !== undefined && unread > 0 && <span className="badge notifications-count">{unread}</span>}
    </NavLink>
  );
}
