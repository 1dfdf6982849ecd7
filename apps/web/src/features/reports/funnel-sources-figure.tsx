import { label } from '../../shared/labels';
import { DataTable, type Column } from '../../shared/table';
import { SectionCard } from '../../shared/ui';
import { ComparisonBarChart } from './report-charts';
import { formatNumber, rateText } from './report-format';
import { FUNNEL_STAGE_LABELS } from './report-labels';
import { ChartFigure, NoFigures } from './report-ui';
import type { FunnelSource } from './queries';

const reachedAt = (row: FunnelSource, stage: string) => row.stages.find((entry) => entry.stage === stage)?.reached ?? 0;

/** The source's name first, then the funnel's stages, applied → started, and the losses. */
function sourceColumns(stages: string[]): Column<FunnelSource>[] {
  return [
    { header: 'Bron', cell: (row) => row.label },
    ...stages.map((stage) => ({ header: label(FUNNEL_STAGE_LABELS, stage), cell: (row: FunnelSource) => formatNumber(reachedAt(row, stage)) })),
    { header: 'Van aanmelding tot start', cell: (row) => rateText(row.appliedToStarted) },
    { header: 'Afgewezen', cell: (row) => formatNumber(row.rejected) },
    { header: 'Teruggetrokken', cell: (row) => formatNumber(row.withdrawn) },
  ];
}

/**
 * The funnel of one school year of application (`year`) split by source (issue 16): which
 * recruitment brings people who start, not just people who apply. "Niet opgegeven" is the row of
 * applicants who gave no source.
 */
export function FunnelSourcesFigure({ sources, year }: { sources: FunnelSource[]; year: string | undefined }) {
  const rows = sources.filter((row) => row.schoolYear === year);
  const stages = rows[0]?.stages.map((entry) => entry.stage) ?? [];
  return (
    <SectionCard name="report-sources" title={year ? `Instroom per bron: aanmeldingen in schooljaar ${year}` : 'Instroom per bron'}>
      {!year || rows.length === 0 ? (
        <NoFigures />
      ) : (
        <>
          <ChartFigure
            id="report-sources"
            caption={`Staafdiagram: per bron het aantal aanmeldingen en het aantal dat het traject begon, voor de aanmeldingen in schooljaar ${year}.`}
          >
            <ComparisonBarChart
              data={rows.map((row) => ({ label: row.label, figure: row.appliedToStarted.denominator, comparison: row.appliedToStarted.numerator }))}
              figureName="Aangemeld"
              comparisonName="Gestart"
            />
          </ChartFigure>
          <DataTable
            label={`Instroom per bron ${year}`}
            columns={sourceColumns(stages)}
            rows={rows}
            rowKey={(row) => row.source ?? ''}
            rowTestId={(row) => `source-${row.schoolYear}-${row.source ?? 'niet-opgegeven'}`}
            stacked
          />
        </>
      )}
    </SectionCard>
  );
}
