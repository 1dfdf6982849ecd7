/** The main path of §3 the funnel follows, in order. */
export const FUNNEL_STAGES = [
  'applied',
  'screening',
  'interview_scheduled',
  'interview_passed',
  'in_assessment',
  'assessment_passed',
  'in_programme',
  'qualified',
] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** Dutch names of the funnel's stages, for the exports. */
export const FUNNEL_STAGE_LABELS: Record<FunnelStage, string> = {
  applied: 'Aangemeld',
  screening: 'Screening',
  interview_scheduled: 'Selectiegesprek gepland',
  interview_passed: 'Selectiegesprek positief',
  in_assessment: 'In geschiktheidsonderzoek',
  assessment_passed: 'Geschikt bevonden',
  in_programme: 'In traject',
  qualified: 'Bevoegd',
};

/** The funnel's split by source: the name of the row of applicants who gave no source. */
export const NO_SOURCE_LABEL = 'Niet opgegeven';

export const CAPACITY_STATUS_LABELS = { under: 'onder capaciteit', full: 'vol', over: 'boven capaciteit', undeclared: 'niet opgegeven' } as const;

/**
 * Why an export imported elsewhere can count fewer people (issue 15): the export leaves erased
 * people out, because their personal data is gone; everything else comes back figure for figure.
 */
const ERASED_EXPORT_HELP =
  'Export en import: een export (pagina Importeren, "alles exporteren") die in een andere installatie wordt ingelezen, geeft daar dezelfde cijfers, behalve voor gewiste personen: hun persoonsgegevens zijn weg, dus de export slaat hen over en daar tellen zij niet mee.';

/** How the KPI figures are counted (SPEC §5), with the choices the definitions leave open; shown beside the figures. */
export const KPI_HELP: readonly string[] = [
  'Peildatum: alleen wat op of vóór de peildatum gedateerd is telt mee (de peildatum zelf inbegrepen).',
  'Instroom telt personen, geen trajecten: een routewissel is geen nieuwe start. Een start hoort bij het cohort (schooljaar van de start van het eerste traject), de route waarop en het schoolbestuur (en diens regio) waar het eerste traject begon; de filters schooljaar, regio, schoolbestuur en route kijken daarnaar.',
  'De streefwaarde voor instroom geldt voor het hele convenant; met een filter op regio, schoolbestuur of route staat ze er ter vergelijking naast.',
  'Uitval van een cohort = personen van wie het laatste traject (gestart vóór of op de peildatum) op of vóór de peildatum eindigde als uitgevallen of termijn verlopen, gedeeld door de personen die in het cohort startten. Routewissels staan apart; wie na de geplande einddatum nog loopt staat bij "loopt over de termijn", niet bij uitval. Gehaald bij minder dan de streefwaarde.',
  'Geplande einddatum op de peildatum: de oorspronkelijke einddatum, verschoven door de verlengingen die op of vóór de peildatum zijn vastgelegd. "Verlengd" telt personen met minstens één verlenging.',
  'Tevredenheid = aandeel beantwoorde enquêtes met een score op of boven de tevredenheidsgrens, per cohort van het traject waar de enquête bij hoort (bestuur en route van dat traject); gehaald bij minstens de streefwaarde. Een enquête telt op de dag van het antwoord.',
  'Begeleiding per cohort en leerjaar: uren van de gesprekken in het leerjaar dat hun datum bevat, tegen de norm (uren per week × het aantal schoolweken van een leerjaar), naar rato van de kalenderdagen voor een leerjaar dat nog loopt of eerder eindigde. Leerjaar 3 staat voor alle jaren na het tweede: die hebben geen norm. Gehaald wanneer de gelogde uren minstens de norm naar rato zijn. De norm per week is die van de convenantperiode van het cohort.',
  'Capaciteit per schoolbestuur en schooljaar: gebruikt = boven-formatieve plaatsingen (niet geannuleerd op de peildatum, vastgelegd op of vóór de peildatum) met een startdatum in dat schooljaar, naast de nu opgegeven plaatsen (de opgave zelf heeft geen geschiedenis). Het routefilter geldt niet voor capaciteit: plaatsen horen bij het bestuur, niet bij een route.',
  'Percentages hebben één decimaal, half naar boven afgerond; teller en noemer staan ernaast. Na het wissen van persoonsgegevens (AVG) blijven de anonieme gegevens meetellen.',
  ERASED_EXPORT_HELP,
];

/** How the funnel is counted (SPEC §5), with the choices the definitions leave open. */
export const FUNNEL_HELP: readonly string[] = [
  'De trechter telt dossiers per schooljaar van aanmelding (een nieuwe aanmelding na een gesloten dossier is een nieuw dossier).',
  'Per fase: het aantal dossiers dat de fase op of vóór de peildatum bereikte. Een route zonder geschiktheidsonderzoek slaat de fasen van het onderzoek over; die dossiers tellen daar dus niet mee.',
  'Conversie tussen twee opeenvolgende fasen = dossiers die beide fasen bereikten ÷ dossiers die de eerste bereikten. De mediaan telt de kalenderdagen (Europe/Amsterdam) tussen de eerste keer in de ene en de eerste keer in de volgende fase, over wie beide bereikte.',
  'Filters: regio en route zijn die van de aanmelding; een schoolbestuur telt de dossiers met een (niet geannuleerde) plaatsing bij dat bestuur.',
  'Afgewezen en teruggetrokken dossiers staan apart: verlies vóór het traject hoort bij de trechter, niet bij de uitval.',
  'Export en import: een export kent van een traject alleen de startdatum. Wie een traject vóór de start vastlegde, kwam hier op de dag van vastleggen in de fase "In traject"; na het inlezen van een export elders telt die fase vanaf de startdatum, dus de mediaan van "Geschikt bevonden" naar "In traject" kan daar enkele dagen langer zijn.',
  'Per bron: dezelfde telling per schooljaar van aanmelding, gesplitst naar de bron die de aanmelder opgaf (de vraag hoe de aanmelder van zij-instroom bij Flevowijs hoorde, of de bron in de campagnelink); "Niet opgegeven" telt wie geen bron opgaf. Instroom per bron = dossiers die het traject begonnen (fase "In traject") ÷ aangemelde dossiers. Een bron die niet meer gekozen kan worden, blijft met haar naam meetellen; na het wissen van persoonsgegevens blijft de bron bewaard.',
  ERASED_EXPORT_HELP,
];

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell of an export made safe for a spreadsheet (formula injection): a text that starts
 * with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe.
 */
export function safeCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
