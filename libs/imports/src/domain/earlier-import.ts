import type { ImportContext } from './import-context';
import type { PersonPlan } from './import-plan';
import type { ProblemList } from './import-problems';
import type { PersonRows } from './row-values';
import { CANDIDATES_SHEET, SESSIONS_SHEET } from './workbook-format';

/** Removes one occurrence of each of `earlier` from `now`: what is new in `now`. */
function newOnes(now: string[], earlier: string[]): Set<number> {
  const left = [...earlier];
  const fresh = new Set<number>();
  now.forEach((fingerprint, index) => {
    const at = left.indexOf(fingerprint);
    if (at >= 0) left.splice(at, 1);
    else fresh.add(index);
  });
  return fresh;
}

/**
 * Idempotency: a person an import wrote before is unchanged when every fingerprint matches; a
 * corrected contact (name, address, degree, region) and new sessions or surveys are updates; a
 * changed path, placement or programme is refused (those change in the dossier, by their commands).
 */
export function compareWithEarlier(plan: PersonPlan, rows: PersonRows, context: ImportContext, problems: ProblemList): PersonPlan | null {
  const existing = context.people.get(plan.reference);
  if (!existing) return plan;
  const sheet = CANDIDATES_SHEET.name;
  if (existing.fingerprints === null) {
    problems.error(
      sheet,
      rows.candidate.row,
      'Referentie',
      `Referentie ${plan.reference} hoort bij een dossier dat in het systeem is ontstaan; de import wijzigt alleen wat een import schreef.`,
    );
    return null;
  }
  const earlier = existing.fingerprints;
  const now = plan.fingerprints;
  const fixed: string[] = [];
  if (earlier.path !== now.path) fixed.push('de fasedatums, route of afsluiting (blad Kandidaten)');
  if (JSON.stringify(earlier.placements) !== JSON.stringify(now.placements)) fixed.push('de plaatsingen');
  if (JSON.stringify(earlier.programmes) !== JSON.stringify(now.programmes)) fixed.push('de trajecten');
  if (fixed.length > 0) {
    problems.error(
      sheet,
      rows.candidate.row,
      'Referentie',
      `${plan.reference} is eerder ingelezen; ${fixed.join(', ')} wijken af. Wijzig die in het dossier zelf.`,
    );
    return null;
  }
  const sessions = newOnes(now.sessions, earlier.sessions);
  const surveys = newOnes(now.surveys, earlier.surveys);
  const gone = earlier.sessions.length - (now.sessions.length - sessions.size);
  if (gone > 0)
    problems.warning(
      SESSIONS_SHEET.name,
      null,
      null,
      `${plan.reference}: ${gone} eerder ingelezen begeleidingsgesprek(ken) staan niet meer in het bestand; ze blijven bewaard.`,
    );
  const keptSessions = plan.sessions.filter((_, index) => sessions.has(index));
  const keptSurveys = plan.surveys.filter((_, index) => surveys.has(index));
  const changes: string[] = [];
  const updateContact = earlier.contact !== now.contact;
  if (updateContact) changes.push('gegevens van de kandidaat');
  if (keptSessions.length > 0) changes.push(`${keptSessions.length} nieuwe begeleidingsgesprek(ken)`);
  if (keptSurveys.length > 0) changes.push(`${keptSurveys.length} nieuwe enquête(s)`);
  const action = changes.length > 0 ? 'update' : 'unchanged';
  // The fingerprints kept after this import: sessions no longer in the file stay in the record.
  const fingerprints = { ...now, sessions: [...now.sessions, ...earlier.sessions.filter((fingerprint) => !now.sessions.includes(fingerprint))] };
  return {
    ...plan,
    action,
    candidateId: existing.candidateId,
    updateContact,
    placements: [],
    programmes: [],
    sessions: keptSessions,
    surveys: keptSurveys,
    fingerprints,
    changes,
  };
}
