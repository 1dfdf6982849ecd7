import { Link } from 'react-router';

/** Bull Board is served by the API under its own path, behind the same login; a full page load, not a route of this page. */
const DASHBOARD_URL = '/api/operations/queues/';

/** Administrators: the way to the queue dashboard, and what it is for. */
export function QueuesPage() {
  return (
    <section className="card">
      <h1>Wachtrijen</h1>
      <p>
        Het wachtrijdashboard laat de achtergrondtaken zien: e-mails, herinneringen en andere taken die wachten, lopen, klaar zijn of mislukt. Bij een mislukte
        taak staat de foutcode. Het dashboard is alleen voor beheerders en verandert niets: een bericht opnieuw versturen doe je via{' '}
        <Link to="/berichten">Berichten</Link>.
      </p>
      <p className="muted">Het dashboard is een Engelstalig hulpmiddel (Bull Board) en opent in dit venster.</p>
      <p>
        <a href={DASHBOARD_URL}>Wachtrijdashboard openen</a>
      </p>
    </section>
  );
}
