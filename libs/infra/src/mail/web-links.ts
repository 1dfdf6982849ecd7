import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** Links to the web page in e-mails, from the one public address (APP_URL). */
@Injectable()
export class WebLinks {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  candidate(candidateId: string): string {
    return this.page(`/kandidaten/${encodeURIComponent(candidateId)}`);
  }

  programme(programmeId: string): string {
    return this.page(`/trajecten/${encodeURIComponent(programmeId)}`);
  }

  /** The list of programmes (the uitval alert links here). */
  programmes(): string {
    return this.page('/trajecten');
  }

  /** The list of candidates (the applications-waiting digest links here). */
  candidates(): string {
    return this.page('/kandidaten');
  }

  /** The satisfaction survey's one-time link (the page `/enquete/:token`). */
  survey(token: string): string {
    return this.page(`/enquete/${encodeURIComponent(token)}`);
  }

  /** The administrators' page of messages that could not be sent. */
  operations(): string {
    return this.page('/berichten');
  }

  /** "Wachtwoord vergeten": the token rides in the fragment, which browsers never send to a server or in a Referer. */
  passwordReset(token: string): string {
    return this.page(`/wachtwoord-herstellen#token=${encodeURIComponent(token)}`);
  }

  /** The candidate's own page (`/mijn-aanmelding`) with a one-time sign-in token in the fragment, as for a password reset. */
  portalSignIn(token: string): string {
    return this.page(`/mijn-aanmelding#token=${encodeURIComponent(token)}`);
  }

  private page(path: string): string {
    return `${this.config.appUrl.replace(/\/+$/, '')}${path}`;
  }
}
