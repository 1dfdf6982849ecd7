import type { ApplicationInput } from '@app/candidates';

/**
 * The demo's showcase: about twenty candidates, each taken through the product's own commands to a
 * stage the product has (up to assessment_passed; programmes are not built yet), some of them proposed
 * to a board or placed at one of its schools.
 * Days count from the seed's "now": negative is past. Board and institute numbers are the demo
 * logins bestuur1…4 and opleiding1…2; staff numbers medewerker1…3.
 */
export interface ShowcaseCandidate {
  person: Omit<ApplicationInput, 'email' | 'consentToKeep'>;
  appliedDay: number;
  screeningDay?: number;
  interview?: ShowcaseInterview;
  assessment?: ShowcaseAssessment;
  /** The desk proposes the candidate to a board (matching), on that day. */
  proposal?: { day: number; board: number; note: string };
  /** The board places the candidate at its first school, on `day`, from `startDay`. */
  placement?: ShowcasePlacement;
  /** A desk command that ends the path (reject or withdraw), with its day and reason. */
  closed?: { command: 'reject' | 'withdraw'; day: number; reason: string };
  staff: 1 | 2 | 3;
}

export interface ShowcaseInterview {
  plannedDay: number;
  /** The day of the interview, at 10:00 in Almere or Lelystad; in the future when it is still to be held. */
  day: number;
  boards: number[];
  advice?: { advice: 'positive' | 'negative'; wouldEmploy: boolean; motivation: string }[];
  outcome?: { outcome: 'positive' | 'negative'; motivation: string };
}

export interface ShowcasePlacement {
  day: number;
  board: number;
  startDay: number;
  fte: number;
  supernumerary: boolean;
}

export interface ShowcaseAssessment {
  requestedDay: number;
  board: number;
  institute: 1 | 2;
  /** Days after the request; none when the institute has not planned it yet. */
  practiceDayAfter?: number;
  outcome?: { day: number; outcome: 'suitable' | 'not_suitable'; motivation: string; requiredTraining?: string; requiredSupport?: string };
}

const POSITIVE = { advice: 'positive', wouldEmploy: true } as const;
const WELL_PREPARED = 'Goed voorbereid, heeft al meegelopen in groep 5 en past bij ons team.';
const PASSED = { outcome: 'positive', motivation: 'Het panel is positief: sterke motivatie en een goede klik met de kinderen in het gesprek.' } as const;

function person(firstName: string, lastName: string, degreeField: string, region: 'almere' | 'lelystad' = 'almere'): ShowcaseCandidate['person'] {
  const phone = `06 ${String(10_000_000 + ((firstName.length * 7_919 + lastName.length * 104_729) % 89_999_999)).slice(0, 8)}`;
  return { firstName, lastName, phone, degreeLevel: 'hbo_bachelor', degreeField, region, route: 'zij_instroom' };
}

/** An applicant for the associate-degree route from mbo level 4 (R1: zij-instroom would refuse them). */
function adPepApplicant(firstName: string, lastName: string, degreeField: string, region: 'almere' | 'lelystad' = 'almere'): ShowcaseCandidate['person'] {
  return { ...person(firstName, lastName, degreeField, region), degreeLevel: 'mbo', route: 'ad_pep' };
}

export const SHOWCASE: ShowcaseCandidate[] = [
  // applied: new, not yet looked at (one waits over five working days: the desk's digest).
  { person: person('Lotte', 'Visser', 'Bedrijfskunde'), appliedDay: -1, staff: 1 },
  { person: adPepApplicant('Daan', 'de Graaf', 'Pedagogisch werk', 'lelystad'), appliedDay: -3, staff: 1 },
  { person: person('Fatima', 'El Amrani', 'Rechten'), appliedDay: -9, staff: 2 },
  // screening
  { person: person('Sanne', 'Bos', 'Communicatie'), appliedDay: -21, screeningDay: -18, staff: 1 },
  { person: person('Mehmet', 'Yilmaz', 'Technische Informatica'), appliedDay: -16, screeningDay: -12, staff: 2 },
  { person: adPepApplicant('Iris', 'van der Meer', 'Onderwijsassistent', 'lelystad'), appliedDay: -12, screeningDay: -6, staff: 3 },
  // interview_scheduled: panels of every demo board, interviews still to come.
  { person: person('Joost', 'Kramer', 'Geschiedenis'), appliedDay: -30, screeningDay: -25, interview: { plannedDay: -4, day: 1, boards: [1, 2] }, staff: 1 },
  {
    person: person('Noor', 'Hendriks', 'Biologie', 'lelystad'),
    appliedDay: -28,
    screeningDay: -22,
    interview: { plannedDay: -3, day: 6, boards: [3] },
    staff: 2,
  },
  { person: person('Priya', 'Ramdin', 'Psychologie'), appliedDay: -26, screeningDay: -20, interview: { plannedDay: -2, day: 9, boards: [4, 1] }, staff: 3 },
  // interview_passed: held, advice of each board, positive outcome.
  {
    person: person('Thomas', 'Jansen', 'Sportkunde'),
    appliedDay: -70,
    screeningDay: -64,
    interview: {
      plannedDay: -55,
      day: -44,
      boards: [1, 2],
      advice: [
        { ...POSITIVE, motivation: WELL_PREPARED },
        { advice: 'positive', wouldEmploy: false, motivation: 'Positief, maar wij hebben dit jaar geen plek.' },
      ],
      outcome: PASSED,
    },
    proposal: { day: -30, board: 1, note: 'Jullie adviseerden hem aan te nemen; er is nog een boven-formatieve plaats vrij.' },
    staff: 1,
  },
  {
    person: person('Esther', 'Mulder', 'Theologie', 'lelystad'),
    appliedDay: -58,
    screeningDay: -52,
    interview: {
      plannedDay: -45,
      day: -35,
      boards: [3],
      advice: [{ ...POSITIVE, motivation: 'Rustige, heldere uitleg; wil graag bij ons in Lelystad starten.' }],
      outcome: PASSED,
    },
    proposal: { day: -20, board: 3, note: 'Woont in Lelystad; kan na de herfstvakantie beginnen.' },
    staff: 2,
  },
  // in_assessment: requested (not yet planned), planned, and one waiting over eight weeks.
  ...[
    { who: person('Karin', 'Smit', 'Economie'), board: 1, institute: 1 as const, requestedDay: -3, practiceDayAfter: undefined },
    { who: person('Ruben', 'Dijkstra', 'Muziek'), board: 2, institute: 1 as const, requestedDay: -14, practiceDayAfter: 21 },
    { who: person('Ayse', 'Demir', 'Sociologie', 'lelystad'), board: 4, institute: 2 as const, requestedDay: -62, practiceDayAfter: 14 },
  ].map(({ who, board, institute, requestedDay, practiceDayAfter }, index): ShowcaseCandidate => ({
    person: who,
    appliedDay: requestedDay - 60,
    screeningDay: requestedDay - 54,
    interview: {
      plannedDay: requestedDay - 40,
      day: requestedDay - 30,
      boards: [board],
      advice: [{ ...POSITIVE, motivation: WELL_PREPARED }],
      outcome: PASSED,
    },
    assessment: { requestedDay, board, institute, practiceDayAfter },
    staff: ((index % 3) + 1) as 1 | 2 | 3,
  })),
  // assessment_passed: suitable, with the declaration and what it requires; placed by the board (one started, one still to start).
  ...[
    { who: person('Willem', 'de Vries', 'Wiskunde'), board: 1, institute: 1 as const, requestedDay: -40, placement: { day: -12, startDay: -7, fte: 0.8 } },
    {
      who: person('Yasmina', 'Bakker', 'Taalwetenschap', 'lelystad'),
      board: 3,
      institute: 2 as const,
      requestedDay: -50,
      placement: { day: -5, startDay: 14, fte: 1 },
    },
  ].map(({ who, board, institute, requestedDay, placement }, index): ShowcaseCandidate => ({
    person: who,
    appliedDay: requestedDay - 60,
    screeningDay: requestedDay - 55,
    interview: {
      plannedDay: requestedDay - 40,
      day: requestedDay - 28,
      boards: [board],
      advice: [{ ...POSITIVE, motivation: WELL_PREPARED }],
      outcome: PASSED,
    },
    assessment: {
      requestedDay,
      board,
      institute,
      practiceDayAfter: 14,
      outcome: {
        day: requestedDay + 24,
        outcome: 'suitable',
        motivation: 'De praktijkdag liet zien dat de kandidaat de groep goed leidt; vakdidactiek rekenen vraagt aandacht.',
        requiredTraining: 'Kennisbasis rekenen-wiskunde en Nederlands in het eerste jaar.',
        requiredSupport: 'Een werkplekbegeleider op school, 2 uur per week.',
      },
    },
    placement: { ...placement, board, supernumerary: true },
    staff: ((index % 3) + 1) as 1 | 2 | 3,
  })),
  // rejected: by the desk at screening, after a negative interview, after a not-suitable assessment.
  {
    person: person('Bram', 'Willems', 'Bestuurskunde'),
    appliedDay: -40,
    screeningDay: -37,
    closed: { command: 'reject', day: -33, reason: 'Vooropleiding sluit niet aan op de eisen voor zij-instroom.' },
    staff: 3,
  },
  {
    person: person('Linda', 'Koster', 'Marketing'),
    appliedDay: -80,
    screeningDay: -75,
    interview: {
      plannedDay: -70,
      day: -60,
      boards: [2],
      advice: [{ advice: 'negative', wouldEmploy: false, motivation: 'Beeld van het beroep nog onvoldoende; eerst meelopen op een school.' }],
      outcome: { outcome: 'negative', motivation: 'Het panel adviseert eerst praktijkervaring op te doen; motivatie nog onvoldoende onderbouwd.' },
    },
    staff: 1,
  },
  {
    person: person('Pieter', 'van Dam', 'Civiele techniek', 'lelystad'),
    appliedDay: -120,
    screeningDay: -115,
    interview: { plannedDay: -105, day: -95, boards: [4], advice: [{ ...POSITIVE, motivation: WELL_PREPARED }], outcome: PASSED },
    assessment: {
      requestedDay: -85,
      board: 4,
      institute: 2,
      practiceDayAfter: 10,
      outcome: { day: -70, outcome: 'not_suitable', motivation: 'Klassenmanagement op de praktijkdag onvoldoende; de kandidaat kreeg de groep niet tot rust.' },
    },
    staff: 2,
  },
  // withdrawn
  {
    person: person('Anouk', 'Peters', 'Fysiotherapie'),
    appliedDay: -35,
    screeningDay: -30,
    closed: { command: 'withdraw', day: -20, reason: 'Kandidaat heeft een andere baan aangenomen.' },
    staff: 3,
  },
];

/** The demo candidates' addresses: reserved example domain, so no mail from the demo leaves for a real person. */
export function showcaseEmail(candidate: ShowcaseCandidate): string {
  const part = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
  return `${part(candidate.person.firstName)}.${part(candidate.person.lastName)}@example.com`;
}
