import { label } from '../../shared/labels';
import { DataTable, type Column } from '../../shared/table';
import { SectionCard } from '../../shared/ui';
import { ComparisonBarChart } from './report-charts';
import { formatNumber, rateText } from './report-format';
import { FUNNEL_STAGE_LABELS } from './report-labels';
import { ChartFigure, NoFigures } from './report-ui';
import type { FunnelYear } from './queries';

type Step = FunnelYear['steps'][number];

interface FunnelRow {
  stage: string;
  reached: number;
  /** The step from the stage before; none for the first. */
  step: Step | undefined;
}

const FUNNEL_COLUMNS: Column<FunnelRow>[] = [
  { header: 'Fase', cell: (row) => label(FUNNEL_STAGE_LABELS, row.stage) },
  { header: 'Bereikt', cell: (row) => formatNumber(row.reached) },
  { header: 'Conversie vanaf de vorige fase', cell: (row) => (row.step ? rateText(row.step.conversion) : '—') },
  { header: 'Mediaan dagen vanaf de vorige fase', cell: (row) => formatNumber(row.step?.medianDays ?? null) },
];

/** The funnel of one school year of application (`year`): people per stage, conversion and median days between stages. */
export function FunnelFigure({ years, year }: { years: FunnelYear[]; year: string | undefined }) {
  const shown = years.find((entry) => entry.schoolYear === year);
  const rows: FunnelRow[] | undefined = shown?.stages.map((stage) => ({
    stage: stage.stage,
    reached: stage.reached,
    step: shown.steps.find((step) => step.to === stage.stage),
  }));
  return (
    <SectionCard name="report-funnel" title={shown ? `Trechter: aanmeldingen in schooljaar ${shown.schoolYear}` : 'Trechter'}>
      {!shown || !rows ? (
        <NoFigures />
      ) : (
        <>
          <ChartFigure
            id="report-funnel"
            caption={`Staafdiagram: aantal dossiers dat elke fase bereikte, van aanmelding tot bevoegd, voor de aanmeldingen in schooljaar ${shown.schoolYear}. Kies een schooljaar in de filters voor een ander jaar.`}
          >
            <ComparisonBarChart data={rows.map((row) => ({ label: label(FUNNEL_STAGE_LABELS, row.stage), figure: row.reached }))} figureName="Bereikt" />
          </ChartFigure>
          <DataTable
            label={`Trechter ${shown.schoolYear}`}
            columns={FUNNEL_COLUMNS}
            rows={rows}
            rowKey={(row) => row.stage}
            rowTestId={(row) => `funnel-${row.stage}`}
            stacked
          />
          <p data-testid="funnel-losses">
            Vóór het traject afgewezen: {formatNumber(shown.rejected)}, teruggetrokken: {formatNumber(shown.withdrawn)}.
          </p>
        </>
      )}
    </SectionCard>
  );
}
