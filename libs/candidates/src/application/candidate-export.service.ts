import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import type { Actor } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { STAGE_LABELS } from '../domain/stage-labels';
import { CandidateBulkRepository } from '../persistence/candidate-bulk.repository';
import { CandidateBulkService } from './candidate-bulk.service';
import type { BulkSelection } from './candidate-bulk.views';

const HEADER = ['Referentie', 'Voornaam', 'Achternaam', 'E-mailadres', 'Telefoonnummer', 'Regio', 'Fase', 'Aangemeld op'];

const REGION_LABELS: Readonly<Record<string, string>> = { almere: 'Almere', lelystad: 'Lelystad' };

/**
 * The selection as CSV for Dutch Excel (issue 16 item 3): `;` between fields, a UTF-8 byte-order
 * mark, and every text that a spreadsheet would read as a formula made plain. Each exported
 * candidate leaves an audit row (who took whose data out, and when).
 */
@Injectable()
export class CandidateExportService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly selections: CandidateBulkService,
    private readonly bulk: CandidateBulkRepository,
    private readonly audit: AuditService,
  ) {}

  async csv(actor: Actor, selection: BulkSelection): Promise<string> {
    const selected = await this.selections.resolve(selection);
    const rows = await this.bulk.exportRows(selected.map((candidate) => candidate.id));
    const byId = new Map(rows.map((row) => [row.id, row]));
    const ordered = selected.map((candidate) => byId.get(candidate.id)).filter((row) => row !== undefined);
    await this.unitOfWork.run(async () => {
      for (const row of ordered) await this.audit.record(actor, { entity: 'candidate', entityId: row.id, action: 'export_list', changedFields: [] });
    });
    const records = ordered.map((row) => [
      row.reference,
      row.firstName,
      row.lastName,
      row.email,
      row.phone,
      REGION_LABELS[row.region] ?? row.region,
      STAGE_LABELS[row.stage],
      amsterdamDay(row.appliedAt),
    ]);
    return stringify([HEADER, ...records.map((record) => record.map(formulaSafe))], { delimiter: ';', bom: true, record_delimiter: '\r\n' });
  }
}

/** OWASP CSV injection: a cell that starts like a formula gets a leading apostrophe, so the spreadsheet shows it as text. */
export function formulaSafe(value: string): string {
  return /^[=+\-@\t\r|]/.test(value) ? `'${value}` : value;
}

function amsterdamDay(moment: Date): string {
  return new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: '2-digit', month: '2-digit', year: 'numeric' }).format(moment);
}
