/**
 * The degree levels the public form asks for (R1): each route names which of them it accepts.
 * `mbo` is a completed mbo at level 4; `havo` and `vwo` are the school diplomas.
 */
export const DEGREE_LEVELS = ['hbo_bachelor', 'hbo_master', 'wo_bachelor', 'wo_master', 'associate_degree', 'mbo', 'havo', 'vwo', 'other'] as const;
export type DegreeLevel = (typeof DEGREE_LEVELS)[number];

/** Dutch names, as the form shows them and the refusals name them; in the order above. */
export const DEGREE_LEVEL_LABELS: Record<DegreeLevel, string> = {
  hbo_bachelor: 'Hbo-bachelor (240 EC)',
  hbo_master: 'Hbo-master',
  wo_bachelor: 'Wo-bachelor (180 EC)',
  wo_master: 'Wo-master',
  associate_degree: 'Associate degree',
  mbo: 'Mbo niveau 4',
  havo: 'Havo',
  vwo: 'Vwo',
  other: 'Anders / geen van deze',
};
