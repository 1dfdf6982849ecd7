import type { Disclosure } from '../../api/models';
import { formatDateTime } from '../../shared/format';
import { DISCLOSURE_PURPOSE_LABELS, label, PARTY_KIND_LABELS } from '../../shared/labels';
import { SectionCard } from '../../shared/ui';
import { DataTable, Listing, type Column } from '../../shared/table';
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

  const columns: Column<Disclosure>[] = [
    {
      header: 'Met',
      cell: (disclosure) => (
        <>
          {label(PARTY_KIND_LABELS, disclosure.partyKind)}
          {partyName(disclosure) && <> {partyName(disclosure)}</>}
        </>
      ),
    },
    { header: 'Doel', cell: (disclosure) => label(DISCLOSURE_PURPOSE_LABELS, disclosure.purpose) },
    { header: 'Gedeeld', cell: (disclosure) => disclosure.disclosed },
    { header: 'Sinds', cell: (disclosure) => formatDateTime(disclosure.grantedAt) },
    { header: 'Door', cell: (disclosure) => grantedBy(disclosure.grantedBy) },
    { header: 'Ingetrokken', cell: (disclosure) => (disclosure.revokedAt ? formatDateTime(disclosure.revokedAt) : '—') },
  ];

  return (
    <SectionCard name="disclosures" title="Gedeeld met">
      <Listing rows={disclosures} error={null} empty="De gegevens van deze kandidaat zijn met niemand buiten Flevowijs gedeeld.">
        {(rows) => (
          <DataTable
            label="Gedeeld met"
            columns={columns}
            rows={rows}
            rowKey={(disclosure, index) => `${disclosure.partyKind}-${disclosure.partyId}-${disclosure.purpose}-${index}`}
          />
        )}
      </Listing>
    </SectionCard>
  );
}
