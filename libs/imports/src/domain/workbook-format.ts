import { REGIONS } from '@app/shared';
import { DROPOUT_REASONS } from '@app/programmes';

/**
 * The one workbook format of issue 15, defined once: the import reads it, the template and the
 * export write it, and the README documents it from here. Headings and choices are Dutch (what a
 * person types in a spreadsheet); a choice also accepts its English code, and the export writes
 * the Dutch name.
 */
export type ColumnType = 'text' | 'email' | 'date' | 'integer' | 'decimal' | 'boolean' | 'choice' | 'schoolYear';

export interface Choice {
  code: string;
  label: string;
}

export interface ColumnDefinition {
  /** The field name in code (English, as the glossary names it). */
  key: string;
  heading: string;
  type: ColumnType;
  required: boolean;
  example: string | number;
  explanation: string;
  choices?: readonly Choice[];
  maxLength?: number;
}

export const SHEET_KEYS = ['candidates', 'placements', 'programmes', 'sessions', 'surveys', 'capacity'] as const;
export type SheetKey = (typeof SHEET_KEYS)[number];

export interface SheetDefinition {
  key: SheetKey;
  /** The sheet's name in the workbook (and the CSV file's name without `.csv`). */
  name: string;
  explanation: string;
  columns: readonly ColumnDefinition[];
}

/** The sheet that explains each column in the template. */
export const EXPLANATION_SHEET_NAME = 'Toelichting';

const choices = (entries: Record<string, string>): Choice[] => Object.entries(entries).map(([code, label]) => ({ code, label }));

export const REGION_CHOICES = choices(Object.fromEntries(REGIONS.map((region) => [region, region[0].toUpperCase() + region.slice(1)])));
export const DEGREE_LEVEL_CHOICES = choices({
  hbo_bachelor: 'Hbo-bachelor',
  hbo_master: 'Hbo-master',
  wo_bachelor: 'Wo-bachelor',
  wo_master: 'Wo-master',
  associate_degree: 'Associate degree',
  mbo: 'Mbo niveau 4',
  havo: 'Havo',
  vwo: 'Vwo',
  other: 'Anders',
});
export const CLOSING_CHOICES = choices({ rejected: 'Afgewezen', withdrawn: 'Teruggetrokken' });
export const OUTCOME_CHOICES = choices({
  running: 'Lopend',
  qualified: 'Bevoegd',
  dropped_out: 'Uitgevallen',
  term_expired: 'Termijn verlopen',
  route_switched: 'Route gewisseld',
});
export const DROPOUT_REASON_CHOICES = choices(DROPOUT_REASONS);
export const DECISION_CHOICES = choices({ granted: 'Toegekend', refused: 'Afgewezen' });
export const SESSION_KIND_CHOICES = choices({
  individual: 'Individueel',
  observation: 'Observatie',
  intervision: 'Intervisie',
  workplace_visit: 'Werkplekbezoek',
  other: 'Anders',
});
export const OCCASION_CHOICES = choices({ end_of_year_1: 'Einde leerjaar 1', qualification: 'Bevoegd' });

const REFERENCE: ColumnDefinition = {
  key: 'reference',
  heading: 'Referentie',
  type: 'text',
  required: true,
  example: 'ZI-2022-00017',
  explanation: 'De vaste referentie van de persoon (uit het oude spreadsheet of uit een export). Elke import herkent de persoon hieraan.',
  maxLength: 40,
};

const date = (key: string, heading: string, required: boolean, example: string, explanation: string): ColumnDefinition => ({
  key,
  heading,
  type: 'date',
  required,
  example,
  explanation,
});

export const CANDIDATES_SHEET: SheetDefinition = {
  key: 'candidates',
  name: 'Kandidaten',
  explanation: 'Eén rij per persoon (per aanmelding), met de datum van elke fase die de persoon bereikte.',
  columns: [
    REFERENCE,
    { key: 'firstName', heading: 'Voornaam', type: 'text', required: true, example: 'Anna', explanation: 'Voornaam.', maxLength: 100 },
    { key: 'lastName', heading: 'Achternaam', type: 'text', required: true, example: 'de Vries', explanation: 'Achternaam.', maxLength: 100 },
    { key: 'email', heading: 'E-mail', type: 'email', required: true, example: 'anna.devries@example.nl', explanation: 'E-mailadres.', maxLength: 200 },
    { key: 'phone', heading: 'Telefoon', type: 'text', required: false, example: '0612345678', explanation: 'Telefoonnummer.', maxLength: 30 },
    {
      key: 'degreeLevel',
      heading: 'Opleidingsniveau',
      type: 'choice',
      required: true,
      example: 'Hbo-bachelor',
      explanation: 'Het hoogst afgeronde diploma.',
      choices: DEGREE_LEVEL_CHOICES,
    },
    {
      key: 'degreeField',
      heading: 'Vakgebied opleiding',
      type: 'text',
      required: false,
      example: 'Bedrijfskunde',
      explanation: 'Richting van het diploma.',
      maxLength: 200,
    },
    { key: 'region', heading: 'Regio', type: 'choice', required: true, example: 'Almere', explanation: 'Almere of Lelystad.', choices: REGION_CHOICES },
    {
      key: 'route',
      heading: 'Route',
      type: 'text',
      required: true,
      example: 'zij_instroom',
      explanation: 'De code van de route waarvoor de persoon zich aanmeldde.',
      maxLength: 40,
    },
    date('appliedOn', 'Aangemeld op', true, '2022-03-14', 'De datum van de aanmelding.'),
    date('screeningOn', 'Screening op', false, '2022-03-16', 'De datum waarop de screening begon.'),
    date('interviewScheduledOn', 'Gesprek gepland op', false, '2022-03-21', 'De datum waarop het selectiegesprek werd gepland.'),
    date('interviewPassedOn', 'Gesprek positief op', false, '2022-04-04', 'De datum van het positieve selectieadvies.'),
    date('assessmentStartedOn', 'Geschiktheidsonderzoek gestart op', false, '2022-04-11', 'De datum waarop het geschiktheidsonderzoek begon.'),
    date(
      'assessmentPassedOn',
      'Geschiktheidsverklaring op',
      false,
      '2022-06-01',
      'De datum van de geschiktheidsverklaring; verplicht voor een traject op een route met geschiktheidsonderzoek.',
    ),
    {
      key: 'closing',
      heading: 'Afgesloten als',
      type: 'choice',
      required: false,
      example: '',
      explanation: 'Alleen voor wie vóór het traject stopte: Afgewezen of Teruggetrokken.',
      choices: CLOSING_CHOICES,
    },
    date('closedOn', 'Afgesloten op', false, '', 'De datum van de afwijzing of het terugtrekken.'),
    {
      key: 'closingReason',
      heading: 'Reden afsluiting',
      type: 'text',
      required: false,
      example: '',
      explanation: 'Waarom het dossier werd gesloten.',
      maxLength: 500,
    },
  ],
};

export const PLACEMENTS_SHEET: SheetDefinition = {
  key: 'placements',
  name: 'Plaatsingen',
  explanation: 'Eén rij per plaatsing bij een school.',
  columns: [
    REFERENCE,
    {
      key: 'board',
      heading: 'Schoolbestuur',
      type: 'text',
      required: true,
      example: 'Stichting Flevoland Primair',
      explanation: 'De naam van het schoolbestuur, zoals in het systeem.',
      maxLength: 200,
    },
    {
      key: 'school',
      heading: 'School',
      type: 'text',
      required: true,
      example: 'De Regenboog',
      explanation: 'De naam van de school van dat bestuur.',
      maxLength: 200,
    },
    date('startDate', 'Startdatum', true, '2022-08-01', 'De eerste dag van de plaatsing.'),
    { key: 'fte', heading: 'FTE', type: 'decimal', required: true, example: 0.8, explanation: '0,1 tot en met 1,0 in stappen van 0,1.' },
    {
      key: 'supernumerary',
      heading: 'Boven-formatief',
      type: 'boolean',
      required: true,
      example: 'ja',
      explanation: 'ja: de plaatsing neemt een boven-formatieve plaats van het bestuur in het schooljaar van de startdatum.',
    },
    date('endedOn', 'Einddatum', false, '', 'De laatste dag, als de plaatsing is beëindigd.'),
    { key: 'endReason', heading: 'Reden einde', type: 'text', required: false, example: '', explanation: 'Verplicht bij een einddatum.', maxLength: 500 },
  ],
};

export const PROGRAMMES_SHEET: SheetDefinition = {
  key: 'programmes',
  name: 'Trajecten',
  explanation: 'Eén rij per traject. Een routewissel is een rij met uitkomst "Route gewisseld" en een volgende rij op de nieuwe route die de dag erna start.',
  columns: [
    REFERENCE,
    {
      key: 'route',
      heading: 'Route',
      type: 'text',
      required: true,
      example: 'zij_instroom',
      explanation: 'De code van de route van dit traject.',
      maxLength: 40,
    },
    date('startDate', 'Startdatum', true, '2022-08-01', 'De eerste dag van het traject; valt in een plaatsing.'),
    date('conductCertificateDate', 'Datum VOG', false, '2022-06-15', 'De afgiftedatum van de VOG: hoogstens 6 maanden vóór de start.'),
    {
      key: 'outcome',
      heading: 'Uitkomst',
      type: 'choice',
      required: true,
      example: 'Bevoegd',
      explanation: 'Hoe het traject staat of eindigde.',
      choices: OUTCOME_CHOICES,
    },
    date('outcomeOn', 'Datum uitkomst', false, '2024-06-28', 'De datum van de uitkomst; leeg bij een lopend traject.'),
    {
      key: 'dropoutReason',
      heading: 'Reden uitval',
      type: 'choice',
      required: false,
      example: '',
      explanation: 'Verplicht bij uitval.',
      choices: DROPOUT_REASON_CHOICES,
    },
    {
      key: 'extensionMonths',
      heading: 'Verlenging (maanden)',
      type: 'integer',
      required: false,
      example: '',
      explanation: 'Het totaal aan verlengde maanden (1–24).',
    },
    {
      key: 'extensionReason',
      heading: 'Reden verlenging',
      type: 'text',
      required: false,
      example: '',
      explanation: 'Verplicht bij een verlenging.',
      maxLength: 500,
    },
    date('subsidyAppliedOn', 'Subsidie aangevraagd op', false, '2022-09-01', 'De datum van de aanvraag bij DUO.'),
    { key: 'subsidyAmount', heading: 'Subsidiebedrag', type: 'decimal', required: false, example: 20000, explanation: 'In euro, hoogstens 25.000.' },
    {
      key: 'subsidyDecision',
      heading: 'Besluit DUO',
      type: 'choice',
      required: false,
      example: 'Toegekend',
      explanation: 'Toegekend of Afgewezen.',
      choices: DECISION_CHOICES,
    },
    date('subsidyDecidedOn', 'Datum besluit DUO', false, '2022-10-15', 'De datum van het besluit.'),
    {
      key: 'subsidySpent',
      heading: 'Besteed bedrag',
      type: 'decimal',
      required: false,
      example: 20000,
      explanation: 'Wat van de subsidie is besteed, in euro.',
    },
  ],
};

export const SESSIONS_SHEET: SheetDefinition = {
  key: 'sessions',
  name: 'Begeleiding',
  explanation: 'Eén rij per begeleidingsgesprek; de datum valt binnen een traject van de persoon.',
  columns: [
    REFERENCE,
    date('date', 'Datum', true, '2022-09-12', 'De dag van de begeleiding.'),
    { key: 'minutes', heading: 'Minuten', type: 'integer', required: true, example: 60, explanation: '15 tot en met 480.' },
    {
      key: 'kind',
      heading: 'Soort',
      type: 'choice',
      required: true,
      example: 'Individueel',
      explanation: 'De soort begeleiding.',
      choices: SESSION_KIND_CHOICES,
    },
    { key: 'note', heading: 'Notitie', type: 'text', required: false, example: '', explanation: 'Korte notitie (hoogstens 2000 tekens).', maxLength: 2000 },
  ],
};

export const SURVEYS_SHEET: SheetDefinition = {
  key: 'surveys',
  name: 'Tevredenheid',
  explanation: 'Eén rij per ingevuld tevredenheidsonderzoek.',
  columns: [
    REFERENCE,
    {
      key: 'occasion',
      heading: 'Moment',
      type: 'choice',
      required: true,
      example: 'Einde leerjaar 1',
      explanation: 'Wanneer gevraagd.',
      choices: OCCASION_CHOICES,
    },
    date('answeredOn', 'Beantwoord op', true, '2023-08-10', 'De datum van het antwoord; valt in of na het traject.'),
    { key: 'score', heading: 'Score', type: 'integer', required: true, example: 8, explanation: 'Een heel getal van 1 tot en met 10.' },
    { key: 'comment', heading: 'Opmerking', type: 'text', required: false, example: '', explanation: 'Toelichting (hoogstens 2000 tekens).', maxLength: 2000 },
  ],
};

export const CAPACITY_SHEET: SheetDefinition = {
  key: 'capacity',
  name: 'Capaciteit',
  explanation: 'Per schoolbestuur en schooljaar het aantal gedeclareerde boven-formatieve plaatsen.',
  columns: [
    { ...PLACEMENTS_SHEET.columns[1] },
    { key: 'schoolYear', heading: 'Schooljaar', type: 'schoolYear', required: true, example: '2022-2023', explanation: 'Het schooljaar, zoals 2022-2023.' },
    { key: 'places', heading: 'Plaatsen', type: 'integer', required: true, example: 3, explanation: 'Het aantal gedeclareerde plaatsen (0 of meer).' },
  ],
};

/** Every sheet, in the order the workbook holds them (and the order a commit writes them). */
export const WORKBOOK_SHEETS: readonly SheetDefinition[] = [
  CANDIDATES_SHEET,
  CAPACITY_SHEET,
  PLACEMENTS_SHEET,
  PROGRAMMES_SHEET,
  SESSIONS_SHEET,
  SURVEYS_SHEET,
];

export function sheetByName(name: string): SheetDefinition | undefined {
  const wanted = name.trim().toLowerCase();
  return WORKBOOK_SHEETS.find((sheet) => sheet.name.toLowerCase() === wanted || sheet.key === wanted);
}

/** The Dutch name of a choice's code, for the export; the code itself when unknown. */
export function choiceLabel(column: ColumnDefinition, code: string | null): string {
  if (code === null) return '';
  return column.choices?.find((choice) => choice.code === code)?.label ?? code;
}

export function columnOf(sheet: SheetDefinition, key: string): ColumnDefinition {
  const column = sheet.columns.find((candidate) => candidate.key === key);
  if (!column) throw new Error(`No column ${key} in sheet ${sheet.key}`);
  return column;
}
