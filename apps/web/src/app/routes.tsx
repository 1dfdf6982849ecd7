import type { ComponentType } from 'react';
import type { Role } from '../api/models';

/** Who may open a route: the public, or the signed-in users of these roles. */
export type Access = 'public' | readonly Role[];

export interface AppRoute {
  path: string;
  /** Dutch page title, shown in the browser tab. */
  title: string;
  access: Access;
  /** Shown in the main menu for the roles that may open it. */
  navLabel?: string;
  /** The roles that land here after logging in. */
  homeFor?: readonly Role[];
  /** Each page is its own chunk: the public form never loads the staff screens. */
  load: () => Promise<ComponentType>;
}

const EVERYONE: readonly Role[] = ['admin', 'staff', 'coach', 'board', 'institute'];
const CENTRAL_DESK: readonly Role[] = ['admin', 'staff'];

/** The one route table: the router, the main menu and the role guard are all built from it. */
export const APP_ROUTES: readonly AppRoute[] = [
  {
    path: '/aanmelden',
    title: 'Aanmelden als zij-instromer',
    access: 'public',
    load: () => import('../features/applications/apply-page').then((module) => module.ApplyPage),
  },
  {
    path: '/wachtwoord-vergeten',
    title: 'Wachtwoord vergeten',
    access: 'public',
    load: () => import('../features/auth/password-reset-pages').then((module) => module.ForgotPasswordPage),
  },
  {
    path: '/wachtwoord-herstellen',
    title: 'Nieuw wachtwoord kiezen',
    access: 'public',
    load: () => import('../features/auth/password-reset-pages').then((module) => module.ResetPasswordPage),
  },
  {
    path: '/privacy',
    title: 'Privacyverklaring',
    access: 'public',
    load: () => import('../features/applications/privacy-page').then((module) => module.PrivacyPage),
  },
  {
    path: '/enquete/:token',
    title: 'Tevredenheidsenquête',
    access: 'public',
    load: () => import('../features/surveys/survey-page').then((module) => module.SurveyPage),
  },
  {
    path: '/kandidaten',
    title: 'Kandidaten',
    access: EVERYONE,
    navLabel: 'Kandidaten',
    homeFor: ['admin', 'staff', 'board'],
    load: () => import('../features/candidates/pipeline-page').then((module) => module.PipelinePage),
  },
  {
    path: '/kandidaten/:id',
    title: 'Kandidaat',
    access: EVERYONE,
    load: () => import('../features/candidates/candidate-page').then((module) => module.CandidateRoute),
  },
  {
    path: '/onderzoeken',
    title: 'Geschiktheidsonderzoeken',
    // Coaches follow programmes, not assessments.
    access: ['admin', 'staff', 'board', 'institute'],
    navLabel: 'Onderzoeken',
    homeFor: ['institute'],
    load: () => import('../features/assessment/assessments-page').then((module) => module.AssessmentsPage),
  },
  {
    path: '/plaatsingen',
    title: 'Plaatsingen en capaciteit',
    access: ['admin', 'staff', 'board'],
    navLabel: 'Plaatsingen',
    load: () => import('../features/placements/placements-page').then((module) => module.PlacementsPage),
  },
  {
    path: '/matching',
    title: 'Matching',
    access: CENTRAL_DESK,
    navLabel: 'Matching',
    load: () => import('../features/placements/matching-page').then((module) => module.MatchingPage),
  },
  {
    path: '/voorstellen',
    title: 'Voorstellen',
    access: ['board'],
    navLabel: 'Voorstellen',
    load: () => import('../features/placements/proposals-page').then((module) => module.ProposalsPage),
  },
  {
    path: '/trajecten',
    title: 'Trajecten',
    // Coaches will follow the programmes assigned to them (R9, R14) once coach assignment exists.
    access: ['admin', 'staff', 'board'],
    navLabel: 'Trajecten',
    load: () => import('../features/programmes/programmes-page').then((module) => module.ProgrammesPage),
  },
  {
    path: '/trajecten/:id',
    title: 'Traject',
    // A coach opens the programmes assigned to them (R14: the API answers 404 for the others).
    access: ['admin', 'staff', 'board', 'coach'],
    load: () => import('../features/programmes/programme-page').then((module) => module.ProgrammeRoute),
  },
  {
    path: '/begeleiding',
    title: 'Mijn trajecten',
    access: ['coach'],
    navLabel: 'Mijn trajecten',
    homeFor: ['coach'],
    load: () => import('../features/coaching/caseload-page').then((module) => module.CaseloadPage),
  },
  {
    path: '/zonder-coach',
    title: 'Trajecten zonder coach',
    access: CENTRAL_DESK,
    navLabel: 'Zonder coach',
    load: () => import('../features/coaching/needing-coach-page').then((module) => module.NeedingCoachPage),
  },
  {
    path: '/verzoeken',
    title: 'Verzoeken (AVG)',
    access: CENTRAL_DESK,
    navLabel: 'Verzoeken',
    load: () => import('../features/privacy/data-requests-page').then((module) => module.DataRequestsPage),
  },
  {
    path: '/gebruikers',
    title: 'Gebruikers',
    access: ['admin'],
    navLabel: 'Gebruikers',
    load: () => import('../features/users/users-page').then((module) => module.UsersPage),
  },
  {
    path: '/organisaties',
    title: 'Schoolbesturen en lerarenopleidingen',
    access: ['admin'],
    navLabel: 'Besturen',
    load: () => import('../features/organisations/organisations-page').then((module) => module.OrganisationsPage),
  },
  {
    path: '/routes',
    title: 'Routes',
    access: ['admin'],
    navLabel: 'Routes',
    load: () => import('../features/routes/routes-page').then((module) => module.RoutesPage),
  },
  {
    path: '/audit',
    title: 'Audit',
    access: CENTRAL_DESK,
    navLabel: 'Audit',
    load: () => import('../features/audit/audit-page').then((module) => module.AuditPage),
  },
  {
    path: '/berichten',
    title: 'Niet verstuurde berichten',
    access: ['admin'],
    navLabel: 'Berichten',
    load: () => import('../features/operations/operations-page').then((module) => module.OperationsPage),
  },
  {
    path: '/wachtrijen',
    title: 'Wachtrijen',
    access: ['admin'],
    navLabel: 'Wachtrijen',
    load: () => import('../features/operations/queues-page').then((module) => module.QueuesPage),
  },
  {
    path: '/risico',
    title: 'Risico op uitval',
    access: CENTRAL_DESK,
    navLabel: 'Risico op uitval',
    load: () => import('../features/coaching/at-risk-page').then((module) => module.AtRiskPage),
  },
  {
    path: '/coaches',
    title: 'Coaches',
    access: CENTRAL_DESK,
    navLabel: 'Coaches',
    load: () => import('../features/coaching/coaches-page').then((module) => module.CoachesPage),
  },
  {
    path: '/rapportage',
    title: 'Monitoring',
    // A board user sees their own board's figures only (the server forces it).
    access: ['admin', 'staff', 'board'],
    navLabel: 'Monitoring',
    load: () => import('../features/reports/reports-page').then((module) => module.ReportsPage),
  },
  {
    path: '/meldingen',
    title: 'Meldingen',
    // In the header with the unread count, not in the menu.
    access: EVERYONE,
    load: () => import('../features/notifications/notifications-page').then((module) => module.NotificationsPage),
  },
  {
    path: '/account',
    title: 'Mijn account',
    access: EVERYONE,
    navLabel: 'Mijn account',
    load: () => import('../features/account/account-page').then((module) => module.AccountPage),
  },
  {
    path: '/bronnen',
    title: 'Bronnen',
    access: ['admin'],
    navLabel: 'Bronnen',
    load: () => import('../features/sources/sources-page').then((module) => module.SourcesPage),
  },
  {
    path: '/mailteksten',
    title: 'Mailteksten',
    access: ['admin'],
    navLabel: 'Mailteksten',
    load: () => import('../features/mail-templates/mail-templates-page').then((module) => module.MailTemplatesPage),
  },
  {
    path: '/mijn-aanmelding',
    title: 'Mijn aanmelding',
    access: 'public',
    load: () => import('../features/portal/portal-page').then((module) => module.PortalPage),
  },
  {
    path: '/import',
    title: 'Importeren',
    access: CENTRAL_DESK,
    navLabel: 'Importeren',
    load: () => import('../features/imports/imports-page').then((module) => module.ImportsPage),
  },
];

export function mayOpen(route: Pick<AppRoute, 'access'>, role: Role | undefined): boolean {
  return route.access === 'public' || (role !== undefined && route.access.includes(role));
}

export function homeOf(role: Role): string {
  return APP_ROUTES.find((route) => route.homeFor?.includes(role))?.path ?? '/kandidaten';
}

/** The menu of a role: its home first, then the table's order. */
export function navigationFor(role: Role): AppRoute[] {
  const home = homeOf(role);
  const items = APP_ROUTES.filter((route) => route.navLabel && mayOpen(route, role));
  return [...items.filter((route) => route.path === home), ...items.filter((route) => route.path !== home)];
}
