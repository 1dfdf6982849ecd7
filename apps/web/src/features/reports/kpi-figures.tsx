import { DataTable, type Column } from '../../shared/table';
import { SectionCard } from '../../shared/ui';
import { ComparisonBarChart, FigureAgainstTargetChart } from './report-charts';
import { formatNumber, formatPercent, rateText } from './report-format';
import { CAPACITY_STATUS_LABELS, studyYearLabel } from './report-labels';
import { ChartFigure, MetBadge, NoFigures } from './report-ui';
import type { CapacityRow, CoachingRow, SatisfactionRow, StartsRow, UitvalRow } from './queries';
import { REGION_LABELS, label } from '../../shared/labels';

const STARTS_COLUMNS: Column<StartsRow>[] = [
  { header: 'Schooljaar', cell: (row) => row.schoolYear, className: 'report-nowrap' },
  { header: 'Gestart (personen)', cell: (row) => formatNumber(row.started) },
  { header: 'Streefwaarde', cell: (row) => formatNumber(row.target) },
  { header: 'Gehaald', cell: (row) => <MetBadge met={row.met} /> },
];

/** Intake: people who started per school year, against the convenant's target (40). */
export function StartsFigure({ rows }: { rows: StartsRow[] }) {
  return (
    <SectionCard name="report-starts" title="Instroom per schooljaar">
      {rows.length === 0 ? (
        <NoFigures />
      ) : (
        <>
          <ChartFigure id="report-starts" caption="Staafdiagram: gestarte personen per schooljaar, met de streefwaarde als stippellijn.">
            <FigureAgainstTargetChart
              data={rows.map((row) => ({ label: row.schoolYear, value: row.started, target: row.target }))}
              figureName="Gestart"
              targetName="Streefwaarde"
            />
          </ChartFigure>
          <DataTable
            label="Instroom per schooljaar"
            columns={STARTS_COLUMNS}
            rows={rows}
            rowKey={(row) => row.schoolYear}
            rowTestId={(row) => `starts-${row.schoolYear}`}
          />
        </>
      )}
    </SectionCard>
  );
}

const UITVAL_COLUMNS: Column<UitvalRow>[] = [
  { header: 'Cohort', cell: (row) => row.cohort, className: 'report-nowrap' },
  { header: 'Uitval', cell: (row) => rateText(row.rate), className: 'report-nowrap' },
  { header: 'Streefwaarde', cell: (row) => `onder ${formatPercent(row.targetBelowPercent)}` },
  { header: 'Gehaald', cell: (row) => <MetBadge met={row.met} /> },
  { header: 'Gestart', cell: (row) => formatNumber(row.started) },
  { header: 'Bevoegd', cell: (row) => formatNumber(row.qualified) },
  { header: 'Uitgevallen', cell: (row) => formatNumber(row.droppedOut) },
  { header: 'Termijn verlopen', cell: (row) => formatNumber(row.termExpired) },
  { header: 'Routewissel', cell: (row) => formatNumber(row.routeSwitched) },
  { header: 'Loopt', cell: (row) => formatNumber(row.running) },
  { header: 'Loopt over de termijn', cell: (row) => formatNumber(row.runningOverdue) },
  { header: 'Verlengd', cell: (row) => formatNumber(row.extended) },
];

/** Uitval per cohort, against the target (below 10%). */
export function UitvalFigure({ rows }: { rows: UitvalRow[] }) {
  return (
    <SectionCard name="report-uitval" title="Uitval per cohort">
      {rows.length === 0 ? (
        <NoFigures />
      ) : (
        <>
          <ChartFigure id="report-uitval" caption="Staafdiagram: uitval in procenten per cohort, met de streefwaarde (gehaald eronder) als stippellijn.">
            <FigureAgainstTargetChart
              data={rows.map((row) => ({ label: row.cohort, value: row.rate.percentage, target: row.targetBelowPercent }))}
              figureName="Uitval"
              targetName="Streefwaarde (onder)"
              percent
            />
          </ChartFigure>
          <DataTable
            label="Uitval per cohort"
            columns={UITVAL_COLUMNS}
            rows={rows}
            rowKey={(row) => row.cohort}
            rowTestId={(row) => `uitval-${row.cohort}`}
            stacked
          />
        </>
      )}
    </SectionCard>
  );
}

const SATISFACTION_COLUMNS: Column<SatisfactionRow>[] = [
  { header: 'Cohort', cell: (row) => row.cohort, className: 'report-nowrap' },
  { header: 'Tevreden', cell: (row) => rateText(row.rate), className: 'report-nowrap' },
  { header: 'Tevreden bij score', cell: (row) => `${formatNumber(row.satisfiedScore)} of hoger` },
  { header: 'Streefwaarde', cell: (row) => `minstens ${formatPercent(row.targetAtLeastPercent)}` },
  { header: 'Gehaald', cell: (row) => <MetBadge met={row.met} /> },
];

/** Satisfaction per cohort: the share of scores of 7 or more, against the target (at least 75%). */
export function SatisfactionFigure({ rows }: { rows: SatisfactionRow[] }) {
  return (
    <SectionCard name="report-satisfaction" title="Tevredenheid per cohort">
      {rows.length === 0 ? (
        <NoFigures />
      ) : (
        <DataTable
          label="Tevredenheid per cohort"
          columns={SATISFACTION_COLUMNS}
          rows={rows}
          rowKey={(row) => row.cohort}
          rowTestId={(row) => `satisfaction-${row.cohort}`}
        />
      )}
    </SectionCard>
  );
}

const COACHING_COLUMNS: Column<CoachingRow>[] = [
  { header: 'Cohort', cell: (row) => row.cohort, className: 'report-nowrap' },
  { header: 'Leerjaar', cell: (row) => studyYearLabel(row.studyYear) },
  { header: 'Trajecten', cell: (row) => formatNumber(row.programmes) },
  { header: 'Gelogde uren', cell: (row) => formatNumber(row.loggedHours) },
  { header: 'Norm naar rato (uren)', cell: (row) => formatNumber(row.normHours) },
  { header: 'Van de norm', cell: (row) => rateText(row.rate), className: 'report-nowrap' },
  { header: 'Norm per week', cell: (row) => (row.hoursPerWeek === null ? '—' : `${formatNumber(row.hoursPerWeek)} uur`) },
  { header: 'Gehaald', cell: (row) => <MetBadge met={row.met} /> },
];

const coachingLabel = (row: CoachingRow) => `${row.cohort} jaar ${row.studyYear}`;

/** Coaching hours per cohort and study year against the norm, pro rata; years past the second have none. */
export function CoachingFigure({ rows }: { rows: CoachingRow[] }) {
  const withNorm = rows.filter((row) => row.normHours !== null);
  return (
    <SectionCard name="report-coaching" title="Begeleidingsuren tegen de norm">
      {rows.length === 0 ? (
        <NoFigures />
      ) : (
        <>
          {withNorm.length > 0 && (
            <ChartFigure
              id="report-coaching"
              caption="Staafdiagram: gelogde begeleidingsuren naast de norm naar rato, per cohort en leerjaar (leerjaren met een norm)."
            >
              <ComparisonBarChart
                data={withNorm.map((row) => ({ label: coachingLabel(row), figure: row.loggedHours, comparison: row.normHours }))}
                figureName="Gelogde uren"
                comparisonName="Norm naar rato"
              />
            </ChartFigure>
          )}
          <DataTable
            label="Begeleidingsuren per cohort en leerjaar"
            columns={COACHING_COLUMNS}
            rows={rows}
            rowKey={(row) => coachingLabel(row)}
            rowTestId={(row) => `coaching-${row.cohort}-${row.studyYear}`}
            stacked
          />
        </>
      )}
    </SectionCard>
  );
}

const CAPACITY_COLUMNS: Column<CapacityRow>[] = [
  { header: 'Schooljaar', cell: (row) => row.schoolYear, className: 'report-nowrap' },
  { header: 'Schoolbestuur', cell: (row) => row.boardName },
  { header: 'Regio', cell: (row) => label(REGION_LABELS, row.region) },
  { header: 'Opgegeven plaatsen', cell: (row) => formatNumber(row.declared) },
  { header: 'Gebruikt', cell: (row) => formatNumber(row.used) },
  { header: 'Status', cell: (row) => CAPACITY_STATUS_LABELS[row.status] },
  { header: 'Binnen capaciteit', cell: (row) => <MetBadge met={row.met} /> },
];

/** Supernumerary places used against declared, per board; the chart shows one school year (`year`), the table all. */
export function CapacityFigure({ rows, year }: { rows: CapacityRow[]; year: string | undefined }) {
  const charted = rows.filter((row) => row.schoolYear === year);
  return (
    <SectionCard name="report-capacity" title="Boven-formatieve plaatsen per schoolbestuur">
      {rows.length === 0 ? (
        <NoFigures />
      ) : (
        <>
          {charted.length > 0 && (
            <ChartFigure
              id="report-capacity"
              caption={`Staafdiagram: gebruikte plaatsen naast de opgegeven plaatsen per schoolbestuur in schooljaar ${year}. Kies een schooljaar in de filters voor een ander jaar.`}
            >
              <ComparisonBarChart
                data={charted.map((row) => ({ label: row.boardName, figure: row.used, comparison: row.declared ?? 0 }))}
                figureName="Gebruikt"
                comparisonName="Opgegeven"
              />
            </ChartFigure>
          )}
          <DataTable
            label="Plaatsen per schoolbestuur en schooljaar"
            columns={CAPACITY_COLUMNS}
            rows={rows}
            rowKey={(row) => `${row.schoolYear} ${row.boardId}`}
            rowTestId={(row) => `capacity-${row.schoolYear}-${row.boardId}`}
            stacked
          />
        </>
      )}
    </SectionCard>
  );
}
