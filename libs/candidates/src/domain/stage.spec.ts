import { STAGES, STAGE_COMMANDS, availableCommands, canRun, isClosed, nextStages, type Stage, type StageCommand } from './stage';

/**
 * The flow of SPEC §3 written out by hand, independent of STAGE_COMMANDS: a change to the state
 * machine that the spec does not allow makes one of these cases fail.
 */
/** One line per move the spec allows, as `command: from → to`. */
const MOVES = [
  'screening: applied → screening',
  'schedule_interview: screening → interview_scheduled',
  'cancel_interview: interview_scheduled → screening',
  'pass_interview: interview_scheduled → interview_passed',
  'start_assessment: interview_passed → in_assessment',
  'pass_assessment: in_assessment → assessment_passed',
  'start_programme: assessment_passed → in_programme',
  'start_programme_without_assessment: interview_passed → in_programme',
  'qualify: in_programme → qualified',
  'drop_out: in_programme → dropped_out',
  'expire_term: in_programme → term_expired',
  ...['applied', 'screening', 'interview_scheduled', 'interview_passed', 'in_assessment', 'assessment_passed'].flatMap((from) => [
    `reject: ${from} → rejected`,
    `withdraw: ${from} → withdrawn`,
  ]),
];

const EXPECTED = MOVES.reduce<Partial<Record<StageCommand, { from: Stage[]; to: Stage }>>>((table, move) => {
  const [command, from, to] = move.split(/: | → /) as [StageCommand, Stage, Stage];
  table[command] = { from: [...(table[command]?.from ?? []), from], to };
  return table;
}, {}) as Record<StageCommand, { from: Stage[]; to: Stage }>;

const EXPECTED_NEXT: Record<Stage, Stage[]> = {
  applied: ['screening', 'rejected', 'withdrawn'],
  screening: ['interview_scheduled', 'rejected', 'withdrawn'],
  interview_scheduled: ['screening', 'interview_passed', 'rejected', 'withdrawn'],
  interview_passed: ['in_assessment', 'in_programme', 'rejected', 'withdrawn'],
  in_assessment: ['assessment_passed', 'rejected', 'withdrawn'],
  assessment_passed: ['in_programme', 'rejected', 'withdrawn'],
  in_programme: ['qualified', 'dropped_out', 'term_expired'],
  qualified: [],
  rejected: [],
  withdrawn: [],
  dropped_out: [],
  term_expired: [],
};

describe('stage machine', () => {
  it('knows exactly the commands of the spec', () => {
    expect(Object.keys(STAGE_COMMANDS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  const cases = (Object.keys(EXPECTED) as StageCommand[]).flatMap((command) => STAGES.map((stage) => [command, stage] as const));
  it.each(cases)('%s from %s is allowed only when the spec lists it', (command, stage) => {
    expect(canRun(command, stage)).toBe(EXPECTED[command].from.includes(stage));
    expect(STAGE_COMMANDS[command].to).toBe(EXPECTED[command].to);
  });

  it.each(STAGES.map((stage) => [stage]))('nextStages(%s) names every stage reachable from it, once', (stage) => {
    expect([...nextStages(stage)].sort()).toEqual([...EXPECTED_NEXT[stage]].sort());
    expect(new Set(nextStages(stage)).size).toBe(nextStages(stage).length);
  });

  it.each(STAGES.map((stage) => [stage]))('availableCommands(%s) are the commands that can run', (stage) => {
    const expected = (Object.keys(EXPECTED) as StageCommand[]).filter((command) => EXPECTED[command].from.includes(stage));
    expect(availableCommands(stage).sort()).toEqual(expected.sort());
  });

  it('closes a dossier exactly at the end stages, and nothing leaves an end stage', () => {
    const closed = STAGES.filter((stage) => isClosed(stage));
    expect(closed.sort()).toEqual(['dropped_out', 'qualified', 'rejected', 'term_expired', 'withdrawn']);
    for (const stage of closed) expect(nextStages(stage)).toEqual([]);
  });
});
