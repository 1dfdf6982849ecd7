import type { ReactNode } from 'react';
import { formatDate } from '../../shared/format';
import { focusYear, formatNumber, formatPercent, rateText } from './report-format';
import { studyYearLabel } from './report-labels';
import { MetBadge } from './report-ui';
import type { KpiReport } from './queries';

interface TileProps {
  name: string;
  title: string;
  value: ReactNode;
  target: string;
  met: boolean | null | undefined;
}

function Tile({ name, title, value, target, met }: TileProps) {
  return (
    <li className="report-tile" data-testid={`tile-${name}`}>
      <h3>{title}</h3>
      <p className="report-tile-value">{value}</p>
      <p className="small muted">{target}</p>
      {met !== undefined && <MetBadge met={met} />}
    </li>
  );
}

/**
 * Each figure of one school year against its target at a glance: the filtered school year, else
 * the as-of day's, else the newest the figure has. The sections below have every year.
 */
export function KpiSummary({ report }: { report: KpiReport }) {
  const { filters, asOf } = report;
  const pick = (years: string[]) => focusYear(years, filters.schoolYear, asOf);
  const startsYear = pick(report.starts.map((row) => row.schoolYear));
  const starts = report.starts.find((row) => row.schoolYear === startsYear);
  const uitvalCohort = pick(report.uitval.map((row) => row.cohort));
  const uitval = report.uitval.find((row) => row.cohort === uitvalCohort);
  const satisfactionCohort = pick(report.satisfaction.map((row) => row.cohort));
  const satisfaction = report.satisfaction.find((row) => row.cohort === satisfactionCohort);
  const normed = report.coaching.filter((row) => row.normHours !== null);
  const coachingCohort = pick(normed.map((row) => row.cohort));
  const coaching = normed.filter((row) => row.cohort === coachingCohort);
  const capacityYear = pick(report.capacity.map((row) => row.schoolYear));
  const capacity = report.capacity.filter((row) => row.schoolYear === capacityYear);
  const within = capacity.filter((row) => row.met).length;
  return (
    <section className="card" aria-labelledby="report-summary-title" data-testid="report-summary">
      <h2 id="report-summary-title">Stand op {formatDate(asOf)}</h2>
      <ul className="report-tiles">
        <Tile
          name="starts"
          title={`Instroom ${startsYear ?? ''}`}
          value={starts ? `${formatNumber(starts.started)} gestart` : '—'}
          target={`Streefwaarde: ${formatNumber(starts?.target ?? null)} per schooljaar`}
          met={starts?.met}
        />
        <Tile
          name="uitval"
          title={`Uitval cohort ${uitvalCohort ?? ''}`}
          value={uitval ? rateText(uitval.rate) : '—'}
          target={uitval ? `Streefwaarde: onder ${formatPercent(uitval.targetBelowPercent)}` : 'Geen gegevens'}
          met={uitval?.met}
        />
        <Tile
          name="satisfaction"
          title={`Tevredenheid cohort ${satisfactionCohort ?? ''}`}
          value={satisfaction ? rateText(satisfaction.rate) : '—'}
          target={satisfaction ? `Streefwaarde: minstens ${formatPercent(satisfaction.targetAtLeastPercent)}` : 'Geen gegevens'}
          met={satisfaction?.met}
        />
        {coaching.map((row) => (
          <Tile
            key={row.studyYear}
            name={`coaching-${row.studyYear}`}
            title={`Begeleiding cohort ${row.cohort}, ${studyYearLabel(row.studyYear).toLowerCase()}`}
            value={`${formatNumber(row.loggedHours)} van ${formatNumber(row.normHours)} uur`}
            target={`Norm: ${formatNumber(row.hoursPerWeek)} uur per week, naar rato (${formatPercent(row.rate?.percentage)} gehaald)`}
            met={row.met}
          />
        ))}
        <Tile
          name="capacity"
          title={`Capaciteit ${capacityYear ?? ''}`}
          value={capacity.length ? `${formatNumber(within)} van ${formatNumber(capacity.length)} besturen binnen capaciteit` : '—'}
          target="Streefwaarde: elk bestuur binnen de opgegeven plaatsen"
          met={capacity.length ? within === capacity.length : undefined}
        />
      </ul>
    </section>
  );
}
