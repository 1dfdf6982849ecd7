import { formatDate } from '../../shared/format';
import { PHASE_LABELS, PROGRAMME_STATUS_LABELS, type Phase, type Programme } from './programme-labels';

interface Milestone {
  key: string;
  date: string;
  text: string;
  /** The phase that runs up to and including this day, highlighted while it is the current one. */
  phase?: Phase;
}

/** The programme's dates in order: placement, start, end of soft landing, year 1, year 2, extensions and the end. */
function milestones(programme: Programme): Milestone[] {
  const items: Milestone[] = [
    { key: 'placement', date: programme.placementStartDate, text: 'Start plaatsing' },
    { key: 'start', date: programme.startDate, text: `Start traject (${programme.routeName})` },
    { key: 'soft-landing', date: programme.timeline.softLandingEndsOn, text: 'Einde zachte landing', phase: 'soft_landing' },
    { key: 'year-1', date: programme.timeline.yearOneEndsOn, text: 'Einde leerjaar 1', phase: 'year_1' },
    {
      key: 'year-2',
      date: programme.timeline.yearTwoEndsOn,
      text: programme.originalPlannedEnd === programme.timeline.yearTwoEndsOn ? 'Einde leerjaar 2 en van de termijn' : 'Einde leerjaar 2',
      phase: 'year_2',
    },
  ];
  if (programme.originalPlannedEnd !== programme.timeline.yearTwoEndsOn) {
    items.push({ key: 'planned-end', date: programme.originalPlannedEnd, text: 'Einde termijn (oorspronkelijk)' });
  }
  programme.extensions.forEach((extension, index) =>
    items.push({
      key: `extension-${index}`,
      date: extension.plannedEndAfter,
      text: `Verlengd met ${extension.months} ${extension.months === 1 ? 'maand' : 'maanden'}: nieuw einde termijn (${extension.reason})`,
      phase: index === programme.extensions.length - 1 ? 'overdue' : undefined,
    }),
  );
  if (programme.endedOn) items.push({ key: 'ended', date: programme.endedOn, text: `Geëindigd: ${PROGRAMME_STATUS_LABELS[programme.status]}` });
  return items.sort((left, right) => left.date.localeCompare(right.date));
}

/** "Tijdlijn": the phases with their last days; the current phase is marked in text, not by colour alone. */
export function ProgrammeTimeline({ programme }: { programme: Programme }) {
  return (
    <ol className="timeline" data-testid="programme-timeline">
      {milestones(programme).map((item) => {
        const current = item.phase !== undefined && item.phase === programme.phase && programme.status === 'running';
        return (
          <li key={item.key} className={current ? 'current' : undefined} aria-current={current ? 'step' : undefined}>
            <span className="timeline-date">{formatDate(item.date)}</span> {item.text}
            {current && <strong> — nu: {PHASE_LABELS[item.phase as Phase]}</strong>}
          </li>
        );
      })}
    </ol>
  );
}
