import type { Disclosure } from '../../api/models';
import { formatDateTime } from '../../shared/format';
import { DISCLOSURE_PURPOSE_LABELS, label, PARTY_KIND_LABELS } from '../../shared/labels';
import { useBoards, useDirectory, useInstitutes } from '../organisations/queries';

/** "Gedeeld met": every time the candidate's data went to a board or institute, and why (AVG accountability). */
export function DisclosuresSection({ disclosures }: { disclosures: Disclosure[] }) {
  const boards = useBoards();
  const institutes = useInstitutes();
  const staff = useDirectory({ role: 'staff' });

  const partyName = (disclosure: Disclosure): string => {
    const parties = disclosure.partyKind === 'board' ? boards.data : disclosure.partyKind === 'institute' ? institutes.data : [];
    return (parties ?? []).find((party) => party.id === disclosure.partyId)?.name ?? '';
  };
  const grantedBy = (userId: string | null): string => {
    if (!userId) return 'Automatisch';
    // The directory holds active staff only; an administrator or a former colleague shows as unknown.
    return (staff.data ?? []).find((user) => user.id === userId)?.name ?? '—';
  };

  return (
    <section className="card" aria-labelledby="disclosures-title" data-testid="disclosures-section">
      <h2 id="disclosures-title">Gedeeld met</h2>
      {disclosures.length === 0 ? (
        <p className="muted">De gegevens van deze kandidaat zijn met niemand buiten Flevowijs gedeeld.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Met</th>
                <th scope="col">Doel</th>
                <th scope="col">Gedeeld</th>
                <th scope="col">Sinds</th>
                <th scope="col">Door</th>
                <th scope="col">Ingetrokken</th>
              </tr>
            </thead>
            <tbody>
              {disclosures.map((disclosure, index) => (
                <tr key={`${disclosure.partyKind}-${disclosure.partyId}-${disclosure.purpose}-${index}`}>
                  <td>
                    {label(PARTY_KIND_LABELS, disclosure.partyKind)}
                    {partyName(disclosure) && <> {partyName(disclosure)}</>}
                  </td>
                  <td>{label(DISCLOSURE_PURPOSE_LABELS, disclosure.purpose)}</td>
                  <td>{disclosure.disclosed}</td>
                  <td>{formatDateTime(disclosure.grantedAt)}</td>
                  <td>{grantedBy(disclosure.grantedBy)}</td>
                  <td>{disclosure.revokedAt ? formatDateTime(disclosure.revokedAt) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
