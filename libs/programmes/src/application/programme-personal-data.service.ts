import { Injectable } from '@nestjs/common';
import type { Actor } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { OrganisationReader } from '@app/organisations';
import { RouteReader } from '@app/routes';
import { ProgrammesRepository } from '../persistence/programmes.repository';
import { SubsidiesRepository } from '../persistence/subsidies.repository';
import type { ExtensionView, ProgrammeRow, SubsidyView, TaskView } from './programme.views';

/**
 * A programme as the inspection export shows it: route, dates, outcome and dropout reason, the link
 * of a route switch (previous and next programme), the VOG date, each extension with its reason, the
 * person's subsidy on the programme it was applied for, and the board's repayment task.
 */
export interface HeldProgramme extends ProgrammeRow {
  boardName: string;
  routeName: string;
  extensions: ExtensionView[];
  subsidy: SubsidyView | null;
  repaymentTask: TaskView | null;
}

/**
 * R13: what the programmes module holds on a candidate. Its records are dates, codes and amounts that
 * the reports count (§5) and stay; the one free text, an extension's reason, is erased. The free
 * text about a programme's coaching lives in the coaching module (`CoachingPersonalData`).
 */
@Injectable()
export class ProgrammePersonalData {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly programmes: ProgrammesRepository,
    private readonly subsidies: SubsidiesRepository,
    private readonly organisations: OrganisationReader,
    private readonly routes: RouteReader,
  ) {}

  /** Every programme of the candidate, oldest first, for the inspection export (the caller has checked its reader is the desk). */
  async held(candidateId: string): Promise<HeldProgramme[]> {
    const rows = await this.programmes.ofCandidate(candidateId);
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const [extensions, subsidy, tasks, boardNames, routes] = await Promise.all([
      this.programmes.extensions(ids),
      this.subsidies.ofCandidate(candidateId),
      this.subsidies.tasksOf(ids),
      this.organisations.boardNames(rows.map((row) => row.boardId)),
      this.routes.list(),
    ]);
    return rows.map((row) => ({
      ...row,
      boardName: boardNames.get(row.boardId) ?? '',
      routeName: routes.find((route) => route.code === row.route)?.name ?? row.route,
      extensions: extensions.get(row.id) ?? [],
      subsidy: subsidy?.programmeId === row.id ? subsidy : null,
      repaymentTask: tasks.get(row.id) ?? null,
    }));
  }

  /** Inside the caller's unit of work: the extensions' reasons go, each audited (field names only). Returns the extensions changed. */
  erase(actor: Actor, candidateId: string): Promise<string[]> {
    return this.unitOfWork.run(async () => {
      const extensionIds = await this.programmes.eraseExtensionReasons(candidateId);
      for (const id of extensionIds) {
        await this.audit.record(actor, { entity: 'programme_extension', entityId: id, action: 'erase', changedFields: ['reason'] });
      }
      return extensionIds;
    });
  }
}
