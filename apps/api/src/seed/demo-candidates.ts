import { randomUUID } from 'node:crypto';
import { isClosed, type ApplicationInput, type Stage } from '@app/candidates';
import type { DegreeLevel } from '@app/routes';
import { DEGREE_FIELDS, EMAIL_DOMAINS, FIRST_NAMES, NAME_PREFIXES, PREFIXED_SURNAMES, SURNAMES } from './dutch-names';

/** The levels every seeded route accepts (R1), and the associate-degree route's own. */
const DEGREE_LEVELS: readonly DegreeLevel[] = ['hbo_bachelor', 'hbo_master', 'wo_bachelor', 'wo_master'];
const AD_PEP_LEVELS: readonly DegreeLevel[] = ['mbo', 'havo', 'hbo_bachelor'];

export interface DemoCandidate extends ApplicationInput {
  id: string;
  stage: Stage;
  appliedAt: Date;
  stageChangedAt: Date;
  closingReason: string | null;
  history: DemoStageChange[];
}

interface DemoStageChange {
  from: Stage | null;
  to: Stage;
  /** Index into the staff users; null for the application itself (the public form). */
  staffIndex: number | null;
  at: Date;
  reason: string | null;
}

/** The paths a candidate can have taken with the commands that exist so far, with their weights. */
const PATHS: { weight: number; stages: Stage[] }[] = [
  { weight: 26, stages: ['applied'] },
  { weight: 28, stages: ['applied', 'screening'] },
  { weight: 6, stages: ['applied', 'screening', 'interview_scheduled'] },
  { weight: 4, stages: ['applied', 'screening', 'interview_scheduled', 'interview_passed'] },
  { weight: 8, stages: ['applied', 'rejected'] },
  { weight: 10, stages: ['applied', 'screening', 'rejected'] },
  { weight: 2, stages: ['applied', 'screening', 'interview_scheduled', 'rejected'] },
  { weight: 6, stages: ['applied', 'withdrawn'] },
  { weight: 8, stages: ['applied', 'screening', 'withdrawn'] },
  { weight: 2, stages: ['applied', 'screening', 'interview_scheduled', 'withdrawn'] },
];
const TOTAL_WEIGHT = PATHS.reduce((sum, path) => sum + path.weight, 0);

const REJECTION_REASONS = [
  'Vooropleiding sluit niet aan op de eisen voor zij-instroom.',
  'Motivatie onvoldoende onderbouwd in het gesprek.',
  'Beheersing van het Nederlands onvoldoende voor de klas.',
  'Geen beschikbare plek bij een bestuur in de gewenste regio.',
];
const WITHDRAWAL_REASONS = [
  null,
  'Kandidaat heeft een andere baan aangenomen.',
  'Combinatie met werk en gezin bleek niet haalbaar.',
  'Verhuisd buiten de regio.',
];

const DAY = 24 * 3600_000;

/**
 * How the demo candidates heard of Flevowijs (issue 16), some not saying: chosen by position, not by
 * the random generator, so the names and paths of the demo stay what they were.
 */
const DEMO_SOURCES: readonly (string | undefined)[] = [
  'onderwijsloket',
  'landelijke_campagne',
  'social_media',
  'onderwijsloket',
  'school',
  undefined,
  'informatiebijeenkomst',
  'social_media',
  'bekende',
];

/** A small seeded generator (mulberry32): the same demo names on every run make screenshots comparable. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

function emailPart(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

function choosePath(random: () => number, ageInDays: number): Stage[] {
  // Who applied in the last fortnight has rarely been seen yet.
  if (ageInDays < 14 && random() < 0.7) return ['applied'];
  if (ageInDays < 30 && random() < 0.5) return ['applied', 'screening'];
  let ticket = random() * TOTAL_WEIGHT;
  for (const path of PATHS) {
    ticket -= path.weight;
    if (ticket < 0) return path.stages;
  }
  return PATHS[0].stages;
}

/** Spreads the steps of a path between the application and now, one millisecond apart at least. */
function historyOf(random: () => number, stages: Stage[], appliedAt: Date, now: Date, staffCount: number): DemoStageChange[] {
  const span = now.getTime() - appliedAt.getTime();
  const offsets = stages
    .slice(1)
    .map(() => Math.floor(random() * span * 0.8))
    .sort((left, right) => left - right);
  let previousAt = appliedAt.getTime();
  return stages.map((stage, index) => {
    const at = index === 0 ? previousAt : Math.max(previousAt + 1, appliedAt.getTime() + offsets[index - 1]);
    previousAt = at;
    const reason = stage === 'rejected' ? pick(random, REJECTION_REASONS) : stage === 'withdrawn' ? pick(random, WITHDRAWAL_REASONS) : null;
    return {
      from: index === 0 ? null : stages[index - 1],
      to: stage,
      staffIndex: index === 0 ? null : Math.floor(random() * staffCount),
      at: new Date(at),
      reason,
    };
  });
}

/**
 * `count` candidates applied over the twelve months before `now`, sorted by application time so
 * the references count up with it. Index-numbered e-mail addresses keep R3 (one open dossier per
 * address) satisfied however many are made.
 */
export function generateDemoCandidates(count: number, now: Date, staffCount: number, random = createRandom(2026)): DemoCandidate[] {
  const candidates: DemoCandidate[] = [];
  for (let index = 0; index < count; index += 1) {
    const firstName = pick(random, FIRST_NAMES);
    const prefixed = random() < 0.3;
    const lastName = prefixed ? `${pick(random, NAME_PREFIXES)} ${pick(random, PREFIXED_SURNAMES)}` : pick(random, SURNAMES);
    // Whole milliseconds: the list's keyset cursor carries millisecond ISO times.
    const appliedAt = new Date(now.getTime() - Math.floor(random() * 365 * DAY) - 60_000);
    const stages = choosePath(random, (now.getTime() - appliedAt.getTime()) / DAY);
    const history = historyOf(random, stages, appliedAt, now, staffCount);
    const last = history[history.length - 1];
    candidates.push({
      id: randomUUID(),
      firstName,
      lastName,
      email: `${emailPart(firstName)}.${emailPart(lastName)}${index + 1}@${pick(random, EMAIL_DOMAINS)}`,
      phone: `06 ${1 + Math.floor(random() * 5)}${String(Math.floor(random() * 10_000_000)).padStart(7, '0')}`,
      // Most apply for zij-instroom; a few for the associate-degree route, some of them from mbo level 4 (R1).
      ...(index % 9 === 4
        ? { route: 'ad_pep', degreeLevel: pick(random, AD_PEP_LEVELS) }
        : { route: 'zij_instroom', degreeLevel: pick(random, DEGREE_LEVELS) }),
      degreeField: pick(random, DEGREE_FIELDS),
      region: random() < 0.72 ? 'almere' : 'lelystad',
      consentToKeep: random() < 0.4,
      source: DEMO_SOURCES[(index * 5 + 3) % DEMO_SOURCES.length],
      stage: last.to,
      appliedAt,
      stageChangedAt: last.at,
      closingReason: isClosed(last.to) ? last.reason : null,
      history,
    });
  }
  return candidates.sort((left, right) => left.appliedAt.getTime() - right.appliedAt.getTime());
}
