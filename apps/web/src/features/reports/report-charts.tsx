import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber, formatPercent } from './report-format';

// Recharts is imported by this file alone, and only the dashboard's page imports it: the chunk of
// that page carries it, the public form and the other pages never load it.

/** Colours with at least 4.5:1 against white; the tables and badges carry the meaning, not the colours. */
const FIGURE_COLOUR = '#0b5cad';
const COMPARISON_COLOUR = '#5a6272';
const TARGET_COLOUR = '#b3261e';
const TEXT_COLOUR = '#1d2330';

const legendText = (value: string) => <span style={{ color: TEXT_COLOUR }}>{value}</span>;

export interface TargetDatum {
  label: string;
  value: number | null;
  target: number;
}

/** Bars of a figure per school year or cohort, with its target as a dashed line across them. */
export function FigureAgainstTargetChart({
  data,
  figureName,
  targetName,
  percent = false,
}: {
  data: TargetDatum[];
  figureName: string;
  targetName: string;
  percent?: boolean;
}) {
  const format = (value: unknown) => (percent ? formatPercent(Number(value)) : formatNumber(Number(value)));
  return (
    <ResponsiveContainer width="100%" height={260}>
      <ComposedChart data={data} accessibilityLayer={false} margin={{ top: 10, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis tickFormatter={format} width={56} tick={{ fontSize: 12 }} allowDecimals={percent} />
        <Tooltip formatter={format} />
        <Legend formatter={legendText} />
        <Bar dataKey="value" name={figureName} fill={FIGURE_COLOUR} isAnimationActive={false} />
        <Line
          dataKey="target"
          name={targetName}
          stroke={TARGET_COLOUR}
          strokeWidth={2}
          strokeDasharray="6 3"
          dot={{ r: 3, strokeDasharray: 'none', fill: TARGET_COLOUR }}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

interface ComparisonDatum {
  label: string;
  figure: number | null;
  comparison?: number | null;
}

interface ComparisonChartProps {
  data: ComparisonDatum[];
  figureName: string;
  /** The second bar of each row (declared places, the norm); left out when absent. */
  comparisonName?: string;
}

/** Horizontal bars, one row per board, cohort-year or stage: long names stay readable on a phone. */
export function ComparisonBarChart({ data, figureName, comparisonName }: ComparisonChartProps) {
  const bars = comparisonName ? 2 : 1;
  const height = 70 + data.length * (bars * 16 + 20);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart layout="vertical" data={data} accessibilityLayer={false} margin={{ top: 5, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={(value: number) => formatNumber(value)} tick={{ fontSize: 12 }} allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 11 }} interval={0} />
        <Tooltip formatter={(value) => formatNumber(Number(value))} />
        <Legend formatter={legendText} />
        <Bar dataKey="figure" name={figureName} fill={FIGURE_COLOUR} isAnimationActive={false} />
        {comparisonName && <Bar dataKey="comparison" name={comparisonName} fill={COMPARISON_COLOUR} isAnimationActive={false} />}
      </BarChart>
    </ResponsiveContainer>
  );
}
