/** The candidate's path (SPEC §3). A candidate is in exactly one stage at a time. */
export const STAGES = [
  'applied',
  'screening',
  'interview_scheduled',
  'interview_passed',
  'in_assessment',
  'assessment_passed',
  'in_programme',
  'qualified',
  'rejected',
  'withdrawn',
  'dropped_out',
  'term_expired',
] as const;
export type Stage = (typeof STAGES)[number];

/** Stages that end a dossier; an e-mail address may apply again once its dossier is closed. */
export const CLOSED_STAGES: readonly Stage[] = ['qualified', 'rejected', 'withdrawn', 'dropped_out', 'term_expired'];

const BEFORE_PROGRAMME: readonly Stage[] = ['applied', 'screening', 'interview_scheduled', 'interview_passed', 'in_assessment', 'assessment_passed'];

/** Every command that changes a stage, with the stages it may start from and the stage it leads to. */
export const STAGE_COMMANDS = {
  screening: { from: ['applied'], to: 'screening' },
  schedule_interview: { from: ['screening'], to: 'interview_scheduled' },
  cancel_interview: { from: ['interview_scheduled'], to: 'screening' },
  pass_interview: { from: ['interview_scheduled'], to: 'interview_passed' },
  start_assessment: { from: ['interview_passed'], to: 'in_assessment' },
  pass_assessment: { from: ['in_assessment'], to: 'assessment_passed' },
  start_programme: { from: ['assessment_passed'], to: 'in_programme' },
  /** R8: a route that needs no suitability assessment starts its programme from interview_passed. */
  start_programme_without_assessment: { from: ['interview_passed'], to: 'in_programme' },
  qualify: { from: ['in_programme'], to: 'qualified' },
  drop_out: { from: ['in_programme'], to: 'dropped_out' },
  expire_term: { from: ['in_programme'], to: 'term_expired' },
  reject: { from: BEFORE_PROGRAMME, to: 'rejected' },
  withdraw: { from: BEFORE_PROGRAMME, to: 'withdrawn' },
} as const satisfies Record<string, { from: readonly Stage[]; to: Stage }>;

export type StageCommand = keyof typeof STAGE_COMMANDS;

/** Commands that end a path and so need a reason. */
export const COMMANDS_NEEDING_REASON: readonly StageCommand[] = ['reject', 'drop_out'];

export function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}

export function isClosed(stage: Stage): boolean {
  return CLOSED_STAGES.includes(stage);
}

export function canRun(command: StageCommand, stage: Stage): boolean {
  return (STAGE_COMMANDS[command].from as readonly Stage[]).includes(stage);
}

/** The stages reachable from `stage` by any command: what a refusal names. */
export function nextStages(stage: Stage): Stage[] {
  const reachable = Object.values(STAGE_COMMANDS)
    .filter((command) => (command.from as readonly Stage[]).includes(stage))
    .map((command) => command.to as Stage);
  return [...new Set(reachable)];
}

/** Commands that can run from `stage`: what the page offers. */
export function availableCommands(stage: Stage): StageCommand[] {
  return (Object.keys(STAGE_COMMANDS) as StageCommand[]).filter((command) => canRun(command, stage));
}
