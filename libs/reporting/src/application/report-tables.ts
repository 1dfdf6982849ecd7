import { CAPACITY_STATUS_LABELS, FUNNEL_STAGES, FUNNEL_STAGE_LABELS, type FunnelStage } from '../domain/report-definitions';
import type { FunnelReportView, KpiReportView, ReportFilters } from './report.views';

/** How a column's values are written: text, a number, or a percentage (the JSON's 16.7 is 16.7%). */
export type ColumnKind = 'text' | 'number' | 'percent';
export type Cell = string | number | null;

/** One figure of a report as a table with Dutch headings: a sheet of the XLSX, a section of the CSV. */
export interface ReportTable {
  /** The sheet's name (at most 31 characters). */
  name: string;
  title: string;
  columns: { heading: string; kind: ColumnKind }[];
  rows: Cell[][];
}

const yesNo = (value: boolean | null): Cell => (value === null ? null : value ? 'ja' : 'nee');
const text = (heading: string) => ({ heading, kind: 'text' as const });
const number = (heading: string) => ({ heading, kind: 'number' as const });
const percent = (heading: string) => ({ heading, kind: 'percent' as const });

function overview(title: string, asOf: string, filters: ReportFilters, help: string[]): ReportTable {
  const all = (value: string | null) => value ?? 'alle';
  return {
    name: 'Overzicht',
    title,
    columns: [text('Gegeven'), text('Waarde')],
    rows: [
      ['Peildatum', asOf],
      ['Schooljaar', all(filters.schoolYear)],
      ['Regio', all(filters.region)],
      ['Schoolbestuur (id)', all(filters.boardId)],
      ['Route', all(filters.route)],
      ...help.map((line, index): Cell[] => [`Toelichting ${index + 1}`, line]),
    ],
  };
}

/** The KPI report's figures as tables, one per figure, after an overview with the filters and the as-of day. */
export function kpiTables(report: KpiReportView): ReportTable[] {
  return [
    overview('Convenantcijfers zij-instroom', report.asOf, report.filters, report.help),
    {
      name: 'Instroom',
      title: 'Gestarte personen per schooljaar',
      columns: [text('Schooljaar'), number('Gestart (personen)'), number('Streefwaarde'), text('Gehaald')],
      rows: report.starts.map((row) => [row.schoolYear, row.started, row.target, yesNo(row.met)]),
    },
    {
      name: 'Uitval',
      title: 'Uitval per cohort',
      columns: [
        text('Cohort'),
        number('Gestart'),
        number('Bevoegd'),
        number('Uitgevallen'),
        number('Termijn verlopen'),
        number('Uitval (teller)'),
        number('Gestart (noemer)'),
        percent('Uitval'),
        number('Routewissel'),
        number('Loopt'),
        number('Loopt over de termijn'),
        number('Verlengd'),
        percent('Streefwaarde (onder)'),
        text('Gehaald'),
      ],
      rows: report.uitval.map((row) => [
        row.cohort,
        row.started,
        row.qualified,
        row.droppedOut,
        row.termExpired,
        row.rate.numerator,
        row.rate.denominator,
        row.rate.percentage,
        row.routeSwitched,
        row.running,
        row.runningOverdue,
        row.extended,
        row.targetBelowPercent,
        yesNo(row.met),
      ]),
    },
    {
      name: 'Tevredenheid',
      title: 'Tevredenheid per cohort',
      columns: [
        text('Cohort'),
        number('Tevreden (teller)'),
        number('Beantwoord (noemer)'),
        percent('Tevreden'),
        number('Tevreden vanaf score'),
        percent('Streefwaarde (minstens)'),
        text('Gehaald'),
      ],
      rows: report.satisfaction.map((row) => [
        row.cohort,
        row.rate.numerator,
        row.rate.denominator,
        row.rate.percentage,
        row.satisfiedScore,
        row.targetAtLeastPercent,
        yesNo(row.met),
      ]),
    },
    {
      name: 'Begeleiding',
      title: 'Begeleidingsuren per cohort en leerjaar tegen de norm',
      columns: [
        text('Cohort'),
        number('Leerjaar'),
        number('Trajecten'),
        number('Gelogde uren'),
        number('Norm naar rato (uren)'),
        number('Norm (uren per week)'),
        percent('Percentage van de norm'),
        text('Gehaald'),
      ],
      rows: report.coaching.map((row) => [
        row.cohort,
        row.studyYear,
        row.programmes,
        row.loggedHours,
        row.normHours,
        row.hoursPerWeek,
        row.rate?.percentage ?? null,
        yesNo(row.met),
      ]),
    },
    {
      name: 'Capaciteit',
      title: 'Boven-formatieve plaatsen per schoolbestuur en schooljaar',
      columns: [
        text('Schooljaar'),
        text('Schoolbestuur'),
        text('Regio'),
        number('Opgegeven plaatsen'),
        number('Gebruikt'),
        text('Status'),
        text('Binnen capaciteit'),
      ],
      rows: report.capacity.map((row) => [
        row.schoolYear,
        row.boardName,
        row.region,
        row.declared,
        row.used,
        CAPACITY_STATUS_LABELS[row.status],
        yesNo(row.met),
      ]),
    },
  ];
}

const stageLabel = (stage: string) => FUNNEL_STAGE_LABELS[stage as FunnelStage] ?? stage;

/** The funnel as tables: stages, steps between them, the losses before the programme, and the split by source. */
export function funnelTables(report: FunnelReportView): ReportTable[] {
  return [
    overview('Trechter zij-instroom', report.asOf, report.filters, report.help),
    {
      name: 'Fasen',
      title: 'Dossiers per fase, per schooljaar van aanmelding',
      columns: [text('Schooljaar'), text('Fase'), number('Bereikt')],
      rows: report.schoolYears.flatMap((year) => year.stages.map((stage): Cell[] => [year.schoolYear, stageLabel(stage.stage), stage.reached])),
    },
    {
      name: 'Conversie',
      title: 'Conversie en mediaan dagen tussen opeenvolgende fasen',
      columns: [
        text('Schooljaar'),
        text('Van'),
        text('Naar'),
        number('Beide bereikt (teller)'),
        number('Van bereikt (noemer)'),
        percent('Conversie'),
        number('Mediaan dagen'),
      ],
      rows: report.schoolYears.flatMap((year) =>
        year.steps.map((step): Cell[] => [
          year.schoolYear,
          stageLabel(step.from),
          stageLabel(step.to),
          step.conversion.numerator,
          step.conversion.denominator,
          step.conversion.percentage,
          step.medianDays,
        ]),
      ),
    },
    {
      name: 'Verlies',
      title: 'Afgewezen en teruggetrokken vóór het traject',
      columns: [text('Schooljaar'), number('Afgewezen'), number('Teruggetrokken')],
      rows: report.schoolYears.map((year) => [year.schoolYear, year.rejected, year.withdrawn]),
    },
    {
      name: 'Per bron',
      title: 'Instroom per bron: dossiers per fase en van aanmelding tot start, per schooljaar van aanmelding',
      columns: [
        text('Schooljaar'),
        text('Bron'),
        text('Broncode'),
        ...FUNNEL_STAGES.map((stage) => number(FUNNEL_STAGE_LABELS[stage])),
        number('Gestart (teller)'),
        number('Aangemeld (noemer)'),
        percent('Aanmelding tot start'),
        number('Afgewezen'),
        number('Teruggetrokken'),
      ],
      rows: report.sources.map((row): Cell[] => [
        row.schoolYear,
        row.label,
        row.source,
        ...FUNNEL_STAGES.map((stage) => row.stages.find((entry) => entry.stage === stage)?.reached ?? 0),
        row.appliedToStarted.numerator,
        row.appliedToStarted.denominator,
        row.appliedToStarted.percentage,
        row.rejected,
        row.withdrawn,
      ]),
    },
  ];
}
