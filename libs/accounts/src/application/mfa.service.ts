import { Inject, Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { generateSecret, generateURI } from 'otplib';
import { toDataURL } from 'qrcode';
import { Clock, NotFoundError, isUuid, type Actor } from '@app/shared';
import { APP_CONFIG, UnitOfWork, type AppConfig } from '@app/infra';
import { AuditService } from '@app/audit';
import { InvalidOneTimeCodeError, MfaStateConflictError } from '../domain/accounts.errors';
import { MfaRepository } from '../persistence/mfa.repository';
import { SessionRepository } from '../persistence/session.repository';
import { openSecret, sealSecret } from './secret-box';
import { SecondFactorVerifier, hashRecoveryCode } from './second-factor';
import type { Principal } from './principal';
import { SessionsService } from './sessions.service';

const ISSUER = 'Flevowijs zij-instroom';
const RECOVERY_CODES = 10;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export interface MfaEnrolment {
  secret: string;
  otpauthUri: string;
  qrCodeDataUrl: string;
}

export interface MfaStatus {
  enabled: boolean;
  recoveryCodesLeft: number;
}

/** A recovery code as shown once: `xxxxx-xxxxx` (about 49 random bits). */
function recoveryCode(): string {
  const part = () => Array.from({ length: 5 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
  return `${part()}-${part()}`;
}

/**
 * Two-step verification with a time-based one-time code (RFC 6238, otplib) and single-use recovery
 * codes. Secrets are sealed at rest (secret-box.ts); a code is accepted once (the last time step
 * used is kept, compare-and-set), a recovery code once.
 */
@Injectable()
export class MfaService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly unitOfWork: UnitOfWork,
    private readonly mfa: MfaRepository,
    private readonly sessionRows: SessionRepository,
    private readonly sessions: SessionsService,
    private readonly secondFactor: SecondFactorVerifier,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async status(principal: Principal): Promise<MfaStatus> {
    const state = await this.mfa.state(principal.userId);
    return { enabled: Boolean(state?.secret), recoveryCodesLeft: state?.secret ? await this.mfa.unusedRecoveryCodes(principal.userId) : 0 };
  }

  /** A new secret to scan; replaces an earlier unconfirmed one. */
  async startEnrolment(principal: Principal): Promise<MfaEnrolment> {
    const state = await this.mfa.state(principal.userId);
    if (state?.secret) throw new MfaStateConflictError('Tweestapsverificatie staat al aan. Zet haar eerst uit om een nieuwe app te koppelen.');
    const secret = generateSecret();
    await this.mfa.setPending(principal.userId, sealSecret(this.config.totpEncryptionKey, secret));
    const otpauthUri = generateURI({ issuer: ISSUER, label: principal.email, secret });
    return { secret, otpauthUri, qrCodeDataUrl: await toDataURL(otpauthUri, { margin: 1, width: 240 }) };
  }

  /** Turns two-step verification on with a first code; returns the recovery codes, shown once. */
  async confirmEnrolment(principal: Principal, code: string): Promise<string[]> {
    const state = await this.mfa.state(principal.userId);
    if (state?.secret) throw new MfaStateConflictError('Tweestapsverificatie staat al aan.');
    if (!state?.pendingSecret) throw new MfaStateConflictError('Start eerst het instellen van tweestapsverificatie.');
    const timeStep = await this.secondFactor.timeStepOf(openSecret(this.config.totpEncryptionKey, state.pendingSecret), code, null);
    if (timeStep === null) throw new InvalidOneTimeCodeError();
    const codes = Array.from({ length: RECOVERY_CODES }, recoveryCode);
    await this.unitOfWork.run(async () => {
      const now = this.clock.now();
      if (!(await this.mfa.enable(principal.userId, state.pendingSecret ?? '', timeStep, now))) {
        throw new MfaStateConflictError('Tweestapsverificatie is intussen gewijzigd; begin opnieuw.');
      }
      await this.mfa.replaceRecoveryCodes(principal.userId, codes.map(hashRecoveryCode));
      await this.audit.record(principal, { entity: 'user', entityId: principal.userId, action: 'mfa_enrolled', changedFields: ['totp', 'recoveryCodes'] });
      // An enrolment-only session has done its work: the user signs in again with a code.
      if (principal.enrolmentOnly) await this.endSession(principal);
    });
    if (principal.enrolmentOnly) this.sessions.forget({ sessionId: principal.sessionId });
    return codes;
  }

  /** The user turns it off, proving possession with a current code or a recovery code. */
  async disable(principal: Principal, code: string): Promise<void> {
    await this.unitOfWork.run(async () => {
      if (!(await this.secondFactor.verify(principal.userId, code))) throw new InvalidOneTimeCodeError();
      await this.mfa.disable(principal.userId, this.clock.now());
      await this.audit.record(principal, { entity: 'user', entityId: principal.userId, action: 'mfa_disabled', changedFields: ['totp', 'recoveryCodes'] });
    });
  }

  /** An administrator resets another user's two-step verification (a lost phone); that user's sessions end. */
  async reset(actor: Actor, userId: string): Promise<void> {
    if (!isUuid(userId)) throw new NotFoundError('user');
    await this.unitOfWork.run(async () => {
      const now = this.clock.now();
      if (!(await this.mfa.state(userId))) throw new NotFoundError('user');
      await this.mfa.disable(userId, now);
      await this.sessionRows.revokeAllOf(userId, now);
      await this.audit.record(actor, { entity: 'user', entityId: userId, action: 'mfa_reset', changedFields: ['totp', 'recoveryCodes'] });
      await this.sessionRows.announceRevocation({ userId });
    });
    this.sessions.forget({ userId });
  }

  private async endSession(principal: Principal): Promise<void> {
    await this.sessionRows.revoke(principal.sessionId, this.clock.now());
    await this.sessionRows.announceRevocation({ sessionId: principal.sessionId });
  }
}
