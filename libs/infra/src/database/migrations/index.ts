import { InitialSchema1764000000000 } from './1764000000000-initial-schema';
import { Selection1764100000000 } from './1764100000000-selection';
import { Assessment1764200000000 } from './1764200000000-assessment';
import { OutboxDurability1764300000000 } from './1764300000000-outbox-durability';
import { JobRecovery1764400000000 } from './1764400000000-job-recovery';
import { LoginSecurity1764500000000 } from './1764500000000-login-security';
import { CandidateSearch1764600000000 } from './1764600000000-candidate-search';
import { OrganisationStatus1764700000000 } from './1764700000000-organisation-status';
import { AuditFilters1764800000000 } from './1764800000000-audit-filters';
import { PasswordReset1764900000000 } from './1764900000000-password-reset';
import { Routes1765000000000 } from './1765000000000-routes';
import { Placements1765100000000 } from './1765100000000-placements';
import { Programmes1765200000000 } from './1765200000000-programmes';
import { Privacy1765300000000 } from './1765300000000-privacy';
import { SatisfactionSurveys1765400000000 } from './1765400000000-satisfaction-surveys';
import { Coaching1765500000000 } from './1765500000000-coaching';
import { Reminders1765600000000 } from './1765600000000-reminders';
import { CoachingReminders1765700000000 } from './1765700000000-coaching-reminders';
import { ReportSnapshots1765800000000 } from './1765800000000-report-snapshots';
import { Imports1765900000000 } from './1765900000000-imports';
import { NotesAndBulkActions1766100000000 } from './1766100000000-notes-and-bulk-actions';
import { ApplicationSources1766200000000 } from './1766200000000-application-sources';
import { MailTemplates1766210000000 } from './1766210000000-mail-templates';
import { CandidatePortal1766220000000 } from './1766220000000-candidate-portal';

/** Every migration, in order. New migrations are appended here. */
export const MIGRATIONS = [
  InitialSchema1764000000000,
  Selection1764100000000,
  Assessment1764200000000,
  OutboxDurability1764300000000,
  JobRecovery1764400000000,
  LoginSecurity1764500000000,
  CandidateSearch1764600000000,
  OrganisationStatus1764700000000,
  AuditFilters1764800000000,
  PasswordReset1764900000000,
  Routes1765000000000,
  Placements1765100000000,
  Programmes1765200000000,
  Privacy1765300000000,
  SatisfactionSurveys1765400000000,
  Coaching1765500000000,
  Reminders1765600000000,
  CoachingReminders1765700000000,
  ReportSnapshots1765800000000,
  Imports1765900000000,
  NotesAndBulkActions1766100000000,
  ApplicationSources1766200000000,
  MailTemplates1766210000000,
  CandidatePortal1766220000000,
];
