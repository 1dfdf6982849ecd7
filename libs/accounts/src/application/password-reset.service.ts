import { Inject, Injectable } from '@nestjs/common';
import { createHmac, hash, hkdfSync, randomUUID } from 'node:crypto';
import { Clock, PUBLIC_ACTOR } from '@app/shared';
import { APP_CONFIG, UnitOfWork, WebLinks, type AppConfig } from '@app/infra';
import { AuditService } from '@app/audit';
import { PasswordResetLinkInvalidError } from '../domain/accounts.errors';
import { LoginThrottleRepository } from '../persistence/login-throttle.repository';
import { PasswordResetRepository } from '../persistence/password-reset.repository';
import { SessionRepository } from '../persistence/session.repository';
import { UserRepository } from '../persistence/user.repository';
import { passwordHasher } from './password-hasher';
import { LINK_LEFT_OUT, passwordResetMail, RESET_LINK_MINUTES } from './password-reset-mail';
import { PasswordPolicy } from './password-policy';
import { SessionsService } from './sessions.service';

/** The reset mail of one request, for the job that sends it. */
export interface PasswordResetMail {
  recipient: { email: string; userId: string };
  title: string;
  body: string;
  /** The body without its link, as the notifications table keeps it. */
  keptBody: string;
}

function hashToken(token: string): string {
  return hash('sha256', token, 'hex');
}

/**
 * "Wachtwoord vergeten" (issue 11, item 8). A request answers alike whether or not the address has
 * an active account; for one that has, it supersedes the user's older links and queues a mail with
 * a one-time link valid for RESET_LINK_MINUTES. The link's token is an HMAC of the request's id
 * under a key derived from TOTP_ENCRYPTION_KEY: the database keeps only its hash, and only the
 * processes that hold the key (the worker that mails it) can make it again. Setting the new password
 * uses the link up, ends all the user's sessions and leaves two-step verification as it is.
 */
@Injectable()
export class PasswordResetService {
  private readonly linkKey: Buffer;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly unitOfWork: UnitOfWork,
    private readonly resets: PasswordResetRepository,
    private readonly users: UserRepository,
    private readonly sessionRows: SessionRepository,
    private readonly sessions: SessionsService,
    private readonly passwords: PasswordPolicy,
    private readonly throttle: LoginThrottleRepository,
    private readonly audit: AuditService,
    private readonly links: WebLinks,
    private readonly clock: Clock,
  ) {
    this.linkKey = Buffer.from(hkdfSync('sha256', config.totpEncryptionKey, Buffer.alloc(0), 'zij-instroom password reset link', 32));
  }

  /** Nothing tells the caller whether the address has an account: no answer, no error. */
  async request(email: string): Promise<void> {
    const user = await this.users.credentials(email);
    if (!user || !user.active) return;
    const id = randomUUID();
    const now = this.clock.now();
    await this.unitOfWork.run(async () => {
      // The user's row lock orders two requests at once: the later one supersedes the earlier link.
      await this.users.byIdForUpdate(user.id);
      await this.resets.supersedeOpen(user.id, now);
      await this.resets.insert({
        id,
        userId: user.id,
        tokenHash: hashToken(this.tokenOf(id)),
        createdAt: now,
        expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * 60_000),
      });
      await this.audit.record(PUBLIC_ACTOR, { entity: 'user', entityId: user.id, action: 'password_reset_requested', changedFields: [] });
      await this.unitOfWork.enqueue({ name: 'accounts.password-reset-mail', data: { resetId: id } });
    });
  }

  /** The new password (the same policy as everywhere), once per link; all the user's sessions end. */
  async confirm(token: string, newPassword: string): Promise<void> {
    const reset = await this.resets.openByTokenHash(hashToken(token), this.clock.now());
    if (!reset) throw new PasswordResetLinkInvalidError();
    this.passwords.assertStrong(newPassword, [reset.name, reset.email], 'newPassword');
    const passwordHash = await passwordHasher.hash(newPassword);
    await this.unitOfWork.run(async () => {
      const now = this.clock.now();
      if (!(await this.resets.consume(reset.id, now))) throw new PasswordResetLinkInvalidError();
      await this.users.update(reset.userId, { name: null, active: null, passwordHash }, now);
      await this.sessionRows.revokeAllOf(reset.userId, now);
      const actor = { userId: reset.userId, role: reset.role, boardId: reset.boardId, instituteId: reset.instituteId };
      await this.audit.record(actor, { entity: 'user', entityId: reset.userId, action: 'password_reset', changedFields: ['password'] });
      await this.sessionRows.announceRevocation({ userId: reset.userId });
    });
    // Whoever holds the mailbox may try the new password at once.
    await this.throttle.forget(reset.email);
    this.sessions.forget({ userId: reset.userId });
  }

  /** The mail of an open request; null when its link no longer works (used, superseded, expired, account disabled). */
  async mail(resetId: string): Promise<PasswordResetMail | null> {
    const reset = await this.resets.openById(resetId, this.clock.now());
    if (!reset) return null;
    const { title, body } = passwordResetMail(reset.name, this.links.passwordReset(this.tokenOf(reset.id)));
    return { recipient: { email: reset.email, userId: reset.userId }, title, body, keptBody: passwordResetMail(reset.name, LINK_LEFT_OUT).body };
  }

  private tokenOf(resetId: string): string {
    return createHmac('sha256', this.linkKey).update(resetId).digest('base64url');
  }
}
