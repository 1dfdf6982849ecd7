/** How long a sign-in link for the candidate's own page works (issue 16: 30 minutes, once). */
export const SIGN_IN_LINK_MINUTES = 30;

/** How long a candidate stays signed in on their own page; signing out ends it sooner. */
export const CANDIDATE_SESSION_MINUTES = 60;

/** The requests a candidate may make of their data on their own page (AVG art. 15 and 17). */
export const PORTAL_REQUEST_KINDS = ['inspection', 'erasure'] as const;
export type PortalRequestKind = (typeof PORTAL_REQUEST_KINDS)[number];
