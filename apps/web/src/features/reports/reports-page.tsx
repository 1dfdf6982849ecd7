import { useSearchParams } from 'react-router';
import { useViewer } from '../../app/auth';
import { formatDate } from '../../shared/format';
import { label, REGION_LABELS } from '../../shared/labels';
import { Loading } from '../../shared/ui';
import { useBoards } from '../organisations/queries';
import { useRoutes } from '../routes/queries';
import { FunnelFigure } from './funnel-figure';
import { FunnelSourcesFigure } from './funnel-sources-figure';
import { CapacityFigure, CoachingFigure, SatisfactionFigure, StartsFigure, UitvalFigure } from './kpi-figures';
import { KpiSummary } from './kpi-summary';
import { exportHref, useFunnelReport, useKpiReport, type FunnelReport, type KpiReport, type ReportName } from './queries';
import { ReportFilterForm } from './report-filter-form';
import { readReportFilters, reportSearch, type ReportFilters } from './report-filters';
import { focusYear } from './report-format';

/**
 * `/rapportage`: the convenant's monitoring (SPEC §5, issue 14). The filters live in the address,
 * so a reload or a shared link shows the same figures; a board user sees their own board only (the
 * server forces it). Each figure stands beside its target with a mark that says met or not; each
 * chart has a caption and a table of the same numbers.
 */
export function ReportsPage() {
  const viewer = useViewer();
  const ownBoardOnly = viewer.role === 'board';
  const [params, setParams] = useSearchParams();
  const filters = readReportFilters(params, ownBoardOnly);
  const kpis = useKpiReport(filters);
  const funnel = useFunnelReport(filters);
  const boards = useBoards();
  const routes = useRoutes();
  const error = kpis.error ?? funnel.error;
  return (
    <section>
      <h1>Monitoring</h1>
      <p className="muted">
        {ownBoardOnly
          ? 'De convenantcijfers zij-instroom van uw schoolbestuur, elk naast de streefwaarde.'
          : 'De convenantcijfers zij-instroom, elk naast de streefwaarde: voor de rapportage aan OCW en de gemeente.'}
      </p>
      {/* A fresh form when the address changes (back, forward) or the choices arrive, so it shows what is filtered. */}
      <ReportFilterForm
        key={`${params.toString()} ${boards.data?.length ?? 0} ${routes.data?.length ?? 0}`}
        filters={filters}
        ownBoardOnly={ownBoardOnly}
        boards={boards.data ?? []}
        routes={routes.data ?? []}
        onFilter={(next) => setParams(reportSearch(next))}
        error={error}
      />
      <p role="status" data-testid="report-shown">
        {kpis.data ? shownText(kpis.data, boards.data ?? [], routes.data ?? []) : ''}
      </p>
      <Downloads filters={filters} />
      {!error && (!kpis.data || !funnel.data) && <Loading />}
      {kpis.data && funnel.data && <Figures kpis={kpis.data} funnel={funnel.data} />}
    </section>
  );
}

/** What the figures below are, in words: the filters the server applied (a board user's own board included) and the as-of day. */
function shownText(report: KpiReport, boards: { id: string; name: string }[], routes: { code: string; name: string }[]): string {
  const { schoolYear, region, boardId, route } = report.filters;
  const parts = [
    schoolYear ? `schooljaar ${schoolYear}` : 'alle schooljaren',
    region ? `regio ${label(REGION_LABELS, region)}` : null,
    boardId ? `schoolbestuur ${boards.find((board) => board.id === boardId)?.name ?? boardId}` : null,
    route ? `route ${routes.find((entry) => entry.code === route)?.name ?? route}` : null,
  ].filter(Boolean);
  return `Getoond: ${parts.join(', ')}; peildatum ${formatDate(report.asOf)}.`;
}

const DOWNLOADS: [ReportName, string][] = [
  ['kpis', 'Convenantcijfers'],
  ['funnel', 'Trechter'],
];

/** Links to the same reports as files, with the same filters: the session cookie signs them in. */
function Downloads({ filters }: { filters: ReportFilters }) {
  return (
    <section className="report-downloads" aria-labelledby="report-downloads-title">
      <h2 id="report-downloads-title">Downloaden</h2>
      <p className="small muted">Met de filters hierboven. Het CSV-bestand is voor Excel in het Nederlands (puntkomma's, decimale komma's).</p>
      <ul>
        {DOWNLOADS.flatMap(([name, title]) =>
          (['xlsx', 'csv'] as const).map((format) => (
            <li key={`${name}-${format}`}>
              <a href={exportHref(name, filters, format)} download>
                {title} ({format === 'xlsx' ? 'Excel' : 'CSV'})
              </a>
            </li>
          )),
        )}
      </ul>
    </section>
  );
}

function Figures({ kpis, funnel }: { kpis: KpiReport; funnel: FunnelReport }) {
  const capacityYear = focusYear(
    kpis.capacity.map((row) => row.schoolYear),
    kpis.filters.schoolYear,
    kpis.asOf,
  );
  const funnelYear = focusYear(
    funnel.schoolYears.map((year) => year.schoolYear),
    funnel.filters.schoolYear,
    funnel.asOf,
  );
  return (
    <>
      <KpiSummary report={kpis} />
      <StartsFigure rows={kpis.starts} />
      <UitvalFigure rows={kpis.uitval} />
      <SatisfactionFigure rows={kpis.satisfaction} />
      <CoachingFigure rows={kpis.coaching} />
      <CapacityFigure rows={kpis.capacity} year={capacityYear} />
      <FunnelFigure years={funnel.schoolYears} year={funnelYear} />
      <FunnelSourcesFigure sources={funnel.sources} year={funnelYear} />
      <details className="card report-help" data-testid="report-help">
        <summary>Hoe de cijfers geteld worden</summary>
        <h2>Convenantcijfers</h2>
        <ul>
          {kpis.help.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <h2>Trechter</h2>
        <ul>
          {funnel.help.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
    </>
  );
}
