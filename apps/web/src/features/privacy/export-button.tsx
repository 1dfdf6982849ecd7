import { useState } from 'react';
import { ErrorMessage, errorText } from '../../shared/ui';
import { downloadExport } from './queries';

/** "Exporteren (inzageverzoek)": the zip of everything held on the candidate; the download is audited. */
export function ExportButton({ candidateId, reference, name }: { candidateId: string; reference: string; name?: string }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const start = () => {
    setBusy(true);
    setError(null);
    downloadExport(candidateId, reference)
      .catch(setError)
      .finally(() => setBusy(false));
  };
  return (
    <>
      <button type="button" className="secondary" onClick={start} disabled={busy} aria-label={name ? `Exporteren (inzageverzoek): ${name}` : undefined}>
        Exporteren (inzageverzoek)
      </button>
      <ErrorMessage>{error ? errorText(error) : ''}</ErrorMessage>
    </>
  );
}
