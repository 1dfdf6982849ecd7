import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { ZipArchive } from 'archiver';
import { Clock, type Actor } from '@app/shared';
import { StorageService, UnitOfWork } from '@app/infra';
import { AuditReader, AuditService } from '@app/audit';
import { CandidateReader } from '@app/candidates';
import { InterviewReader } from '@app/selection';
import { AssessmentReader } from '@app/assessment';
import { PlacementPersonalData } from '@app/placements';
import { NotificationPersonalData } from '@app/notifications';
import { NotesPersonalData } from '@app/notes';
import { ProgrammePersonalData } from '@app/programmes';
import { CoachingPersonalData } from '@app/coaching';
import { SurveyPersonalData } from '@app/surveys';
import { ImportPersonalData } from '@app/imports';
import { DataRequestReader } from './data-request.reader';

/** A document in the export: the name it was kept under, and where it lies. */
interface ExportDocument {
  name: string;
  storageKey: string;
}

/** The inspection export (AVG art. 15): a zip to send, and the name to save it under. */
export interface InspectionArchive {
  fileName: string;
  archive: Readable;
}

/**
 * Everything held on one person: the candidate with documents and disclosures, stage history,
 * interviews with the boards' advice, assessments, placements and proposals, the programmes (route,
 * dates, outcome, extensions, route switch, VOG date, subsidy and repayment task), the coach
 * assignments, coaching sessions and at-risk flags, the satisfaction surveys (never the token's
 * hash), what an import kept (reference and row fingerprints), the data requests, the notes, the
 * messages about them and the audit rows about each of those records — as `gegevens.json` with the
 * documents under their kept names (`documenten/…`). The download is audited.
 */
@Injectable()
export class InspectionExportService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly candidates: CandidateReader,
    private readonly interviews: InterviewReader,
    private readonly assessments: AssessmentReader,
    private readonly placements: PlacementPersonalData,
    private readonly notifications: NotificationPersonalData,
    private readonly notes: NotesPersonalData,
    private readonly programmes: ProgrammePersonalData,
    private readonly coaching: CoachingPersonalData,
    private readonly surveys: SurveyPersonalData,
    private readonly imports: ImportPersonalData,
    private readonly requests: DataRequestReader,
    private readonly auditLog: AuditReader,
    private readonly audit: AuditService,
    private readonly storage: StorageService,
    private readonly clock: Clock,
  ) {}

  /** Within the actor's scope (404 otherwise); the controller lets only the central desk in. */
  async export(actor: Actor, candidateId: string): Promise<InspectionArchive> {
    const { allowedCommands: _commands, disclosures, documents, ...candidate } = await this.candidates.get(actor, candidateId);
    const [history, interviews, assessments, held, requests, notes, programmes, coaching, surveys, imported] = await Promise.all([
      this.candidates.history(actor, candidateId),
      this.interviews.listForCandidate(actor, candidateId),
      this.assessments.listForCandidate(actor, candidateId),
      this.placements.held(candidateId),
      this.requests.forCandidate(candidateId),
      this.notes.held(candidateId),
      this.programmes.held(candidateId),
      this.coaching.held(candidateId),
      this.surveys.held(candidateId),
      this.imports.held(candidateId),
    ]);
    // The subjects of the messages and audit rows about the person: a programme is also the subject of
    // its subsidy's and at-risk flag's audit rows and of its reminders; a repayment task has its own.
    const records = [
      candidateId,
      ...[...interviews, ...assessments, ...held.placements, ...held.proposals, ...notes, ...programmes].map((record) => record.id),
      ...programmes.flatMap((programme) => (programme.repaymentTask ? [programme.repaymentTask.id] : [])),
      ...[...coaching.coachAssignments, ...coaching.coachingSessions, ...surveys].map((record) => record.id),
    ];
    const [notifications, stored] = await Promise.all([
      this.notifications.held(records),
      Promise.all(documents.map((document) => this.candidates.document(actor, candidateId, document.id))),
    ]);
    await this.unitOfWork.run(() => this.audit.record(actor, { entity: 'candidate', entityId: candidateId, action: 'export', changedFields: [] }));
    const audit = await this.auditLog.about([...records, ...disclosures.map((disclosure) => disclosure.id), ...requests.map((request) => request.id)]);
    const data = {
      exportedAt: this.clock.now(),
      candidate,
      documents,
      history,
      interviews,
      assessments,
      placements: held.placements,
      proposals: held.proposals,
      disclosures,
      dataRequests: requests,
      notes,
      programmes,
      coachAssignments: coaching.coachAssignments,
      coachingSessions: coaching.coachingSessions,
      riskFlags: coaching.riskFlags,
      surveys,
      import: imported,
      notifications,
      audit,
    };
    const files = keptNames(stored.map((document) => ({ name: document.fileName, storageKey: document.storageKey })));
    return { fileName: `inzage-${candidate.reference}.zip`, archive: this.zip(data, files) };
  }

  private zip(data: object, documents: ExportDocument[]): Readable {
    const archive = new ZipArchive({ zlib: { level: 6 } });
    archive.append(JSON.stringify(data, null, 2), { name: 'gegevens.json' });
    for (const document of documents) archive.append(this.storage.open(document.storageKey), { name: `documenten/${document.name}` });
    void archive.finalize().catch(() => archive.destroy());
    return archive;
  }
}

/** The kept names, made unique: a second 'cv.pdf' becomes 'cv (2).pdf'. */
function keptNames(documents: ExportDocument[]): ExportDocument[] {
  const used = new Set<string>();
  return documents.map((document) => {
    let name = document.name;
    for (let count = 2; used.has(name.toLowerCase()); count += 1) name = document.name.replace(/(\.[^.]*)?$/, (extension) => ` (${count})${extension}`);
    used.add(name.toLowerCase());
    return { ...document, name };
  });
}
