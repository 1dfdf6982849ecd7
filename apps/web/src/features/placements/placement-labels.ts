import type { Capacity, Placement, Proposal } from './queries';

export const PLACEMENT_STATUS_LABELS: Record<Placement['status'], string> = { active: 'Lopend', cancelled: 'Geannuleerd', ended: 'Beëindigd' };

export const PROPOSAL_STATUS_LABELS: Record<Proposal['status'], string> = {
  proposed: 'Voorgesteld',
  accepted: 'Geplaatst',
  declined: 'Afgewezen',
  withdrawn: 'Vervallen (elders geplaatst)',
};

/** "1 van 3 plaatsen in gebruik", or that none were declared. */
export function capacityText(capacity: Pick<Capacity, 'places' | 'used'>): string {
  if (capacity.places === null) return `Geen plaatsen opgegeven (${capacity.used} in gebruik)`;
  return `${capacity.used} van ${capacity.places} ${capacity.places === 1 ? 'plaats' : 'plaatsen'} in gebruik`;
}

export function formatFte(fte: number): string {
  return fte.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
