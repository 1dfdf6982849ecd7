import type { ReactNode } from 'react';

/** Met or not at a glance, and not by colour alone: a mark and a word beside the colour. */
export function MetBadge({ met }: { met: boolean | null }) {
  if (met === null) return <span className="badge report-no-norm">Geen norm</span>;
  return (
    <span className={met ? 'badge report-met' : 'badge report-not-met'}>
      <span aria-hidden="true">{met ? '✓' : '✗'}</span> {met ? 'Gehaald' : 'Niet gehaald'}
    </span>
  );
}

/**
 * A chart with its caption. The drawing is hidden from assistive technology: the caption says what
 * it shows and the table that follows holds the same numbers (the text alternative).
 */
export function ChartFigure({ id, caption, children }: { id: string; caption: string; children: ReactNode }) {
  return (
    <figure className="report-chart" aria-labelledby={`${id}-caption`} data-testid={`${id}-chart`}>
      <div className="report-chart-canvas" aria-hidden="true">
        {children}
      </div>
      <figcaption id={`${id}-caption`} className="small muted">
        {caption} Dezelfde getallen staan in de tabel hieronder.
      </figcaption>
    </figure>
  );
}

/** The line shown instead of a chart and its table when the filters leave nothing to count. */
export function NoFigures() {
  return <p className="muted">Geen gegevens voor deze filters.</p>;
}
