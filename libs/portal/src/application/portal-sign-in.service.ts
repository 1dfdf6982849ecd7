import { Inject, Injectable } from '@nestjs/common';
import { createHmac, hash, hkdfSync, randomBytes, randomUUID } from 'node:crypto';
import { Clock, PUBLIC_ACTOR, candidateActor } from '@app/shared';
import { APP_CONFIG, UnitOfWork, WebLinks, type AppConfig } from '@app/infra';
import { AuditService } from '@app/audit';
import { CandidateReader } from '@app/candidates';
import { MailTemplates, type RenderedMail } from '@app/notifications';
import { CANDIDATE_SESSION_MINUTES, SIGN_IN_LINK_MINUTES } from '../domain/portal.policy';
import { CandidateSessionExpiredError, SignInLinkInvalidError } from '../domain/portal.errors';
import { SIGN_IN_LINK_LEFT_OUT, SIGN_IN_LINK_TEMPLATE } from '../jobs/portal-mails';
import { CandidateSessionRepository } from '../persistence/candidate-session.repository';
import { SignInLinkRepository } from '../persistence/sign-in-link.repository';

/** The sign-in mail of one link, for the job that sends it. */
export interface SignInMail extends RenderedMail {
  candidateId: string;
  email: string;
  /** The body without its link, as the notifications table keeps it. */
  keptBody: string;
}

/** A candidate session just started: the token goes to the browser once (a cookie), its hash to the database. */
export interface StartedCandidateSession {
  token: string;
  candidateId: string;
  expiresInSeconds: number;
}

function hashToken(token: string): string {
  return hash('sha256', token, 'hex');
}

/**
 * Signing in to the candidate's own page (issue 16, item 6), the pattern of "Wachtwoord vergeten":
 * a request answers alike whether or not the address is known; for a known one it supersedes the
 * candidate's older links and queues a mail with a link that works once for 30 minutes. The link's
 * token is an HMAC of the link's id under a key of its own (derived from TOTP_ENCRYPTION_KEY), so
 * only its hash is kept and the worker can make the link again. The session it starts is the
 * candidate's own, apart from staff sessions, and scoped to that one dossier.
 */
@Injectable()
export class PortalSignInService {
  private readonly linkKey: Buffer;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly unitOfWork: UnitOfWork,
    private readonly links: SignInLinkRepository,
    private readonly sessions: CandidateSessionRepository,
    private readonly candidates: CandidateReader,
    private readonly templates: MailTemplates,
    private readonly webLinks: WebLinks,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {
    this.linkKey = Buffer.from(hkdfSync('sha256', config.totpEncryptionKey, Buffer.alloc(0), 'zij-instroom candidate sign-in link', 32));
  }

  /** Nothing tells the caller whether the address is known: no answer, no error. */
  async requestLink(email: string): Promise<void> {
    const candidateId = await this.candidates.latestKeptByEmail(email);
    if (!candidateId) return;
    const id = randomUUID();
    const now = this.clock.now();
    await this.unitOfWork.run(async () => {
      await this.links.supersedeOpen(candidateId, now);
      await this.links.insert({
        id,
        candidateId,
        tokenHash: hashToken(this.tokenOf(id)),
        createdAt: now,
        expiresAt: new Date(now.getTime() + SIGN_IN_LINK_MINUTES * 60_000),
      });
      await this.audit.record(PUBLIC_ACTOR, { entity: 'candidate', entityId: candidateId, action: 'portal_link_requested', changedFields: [] });
      await this.unitOfWork.enqueue({ name: 'portal.sign-in-mail', data: { linkId: id } });
    });
  }

  /** Uses the link (once) and starts the candidate's session. */
  async signIn(token: string): Promise<StartedCandidateSession> {
    const link = await this.links.openByTokenHash(hashToken(token), this.clock.now());
    if (!link) throw new SignInLinkInvalidError();
    const sessionToken = randomBytes(32).toString('base64url');
    await this.unitOfWork.run(async () => {
      const now = this.clock.now();
      if (!(await this.links.consume(link.id, now))) throw new SignInLinkInvalidError();
      await this.sessions.insert({
        candidateId: link.candidateId,
        tokenHash: hashToken(sessionToken),
        createdAt: now,
        expiresAt: new Date(now.getTime() + CANDIDATE_SESSION_MINUTES * 60_000),
      });
      await this.audit.record(candidateActor(link.candidateId), {
        entity: 'candidate',
        entityId: link.candidateId,
        action: 'portal_sign_in',
        changedFields: [],
      });
    });
    return { token: sessionToken, candidateId: link.candidateId, expiresInSeconds: CANDIDATE_SESSION_MINUTES * 60 };
  }

  /** The candidate of a running session; 401 otherwise (also once the candidate's data was erased). */
  async authenticate(token: string): Promise<string> {
    const candidateId = token.length > 0 && token.length <= 200 ? await this.sessions.activeCandidate(hashToken(token), this.clock.now()) : null;
    if (!candidateId) throw new CandidateSessionExpiredError();
    return candidateId;
  }

  async signOut(token: string): Promise<void> {
    await this.unitOfWork.run(async () => {
      const candidateId = await this.sessions.end(hashToken(token), this.clock.now());
      if (candidateId)
        await this.audit.record(candidateActor(candidateId), { entity: 'candidate', entityId: candidateId, action: 'portal_sign_out', changedFields: [] });
    });
  }

  /** The mail of an open link; null when the link no longer works (used, superseded, expired, candidate erased). */
  async mail(linkId: string): Promise<SignInMail | null> {
    const link = await this.links.openById(linkId, this.clock.now());
    if (!link) return null;
    const candidate = await this.candidates.contact(link.candidateId);
    if (!candidate) return null;
    const values = { voornaam: candidate.firstName, referentie: candidate.reference, minuten: String(SIGN_IN_LINK_MINUTES) };
    const mail = await this.templates.render(SIGN_IN_LINK_TEMPLATE.kind, { ...values, link: this.webLinks.portalSignIn(this.tokenOf(link.id)) });
    const kept = await this.templates.render(SIGN_IN_LINK_TEMPLATE.kind, { ...values, link: SIGN_IN_LINK_LEFT_OUT });
    return { candidateId: candidate.id, email: candidate.email, title: mail.title, body: mail.body, keptBody: kept.body };
  }

  private tokenOf(linkId: string): string {
    return createHmac('sha256', this.linkKey).update(linkId).digest('base64url');
  }
}
