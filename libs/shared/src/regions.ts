export const REGIONS = ['almere', 'lelystad'] as const;
export type Region = (typeof REGIONS)[number];
