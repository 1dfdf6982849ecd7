import { Link } from 'react-router';
import { useViewer } from './auth';
import { homeOf } from './routes';

export function NotFoundPage() {
  const viewer = useViewer();
  return (
    <section>
      <h1>Pagina niet gevonden</h1>
      <p>
        Deze pagina bestaat niet. <Link to={homeOf(viewer.role)}>Naar de startpagina</Link>
      </p>
    </section>
  );
}

export function NoAccessPage() {
  return (
    <section>
      <h1>Geen toegang</h1>
      <p>Je hebt geen rechten om deze pagina te bekijken.</p>
    </section>
  );
}
