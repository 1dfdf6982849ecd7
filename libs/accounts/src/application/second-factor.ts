import { Inject, Injectable } from '@nestjs/common';
import { hash } from 'node:crypto';
import { verify } from 'otplib';
import { Clock } from '@app/shared';
import { APP_CONFIG, type AppConfig } from '@app/infra';
import { MfaRepository } from '../persistence/mfa.repository';
import { openSecret } from './secret-box';

/** How a second step was passed. */
export type SecondFactor = 'totp' | 'recovery_code';

/** One step before and after: a phone clock 30 s off still works. */
const EPOCH_TOLERANCE_SECONDS = 30;

/** Recovery codes are random (about 49 bits) and single-use: SHA-256 is enough, no slow hash needed. */
export function hashRecoveryCode(code: string): string {
  return hash('sha256', code.trim().toLowerCase(), 'hex');
}

/** Checks and uses one-time codes and recovery codes: each is accepted once (compare-and-set in SQL). */
@Injectable()
export class SecondFactorVerifier {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mfa: MfaRepository,
    private readonly clock: Clock,
  ) {}

  /** Uses a current code or an unused recovery code of the user; null when neither is valid or it was used before. */
  async verify(userId: string, code: string): Promise<SecondFactor | null> {
    const state = await this.mfa.state(userId);
    if (!state?.secret) return null;
    const candidate = code.replace(/\s+/g, '');
    if (/^\d{6}$/.test(candidate)) {
      const timeStep = await this.timeStepOf(openSecret(this.config.totpEncryptionKey, state.secret), candidate, state.lastTimeStep);
      return timeStep !== null && (await this.mfa.useTimeStep(userId, timeStep)) ? 'totp' : null;
    }
    return (await this.mfa.useRecoveryCode(userId, hashRecoveryCode(candidate), this.clock.now())) ? 'recovery_code' : null;
  }

  /** The time step of a valid code, or null; steps at or before `lastTimeStep` are refused (replay). */
  async timeStepOf(secret: string, code: string, lastTimeStep: number | null): Promise<number | null> {
    const token = code.replace(/\s+/g, '');
    if (!/^\d{6}$/.test(token)) return null;
    const result = await verify({
      secret,
      token,
      epoch: Math.floor(this.clock.now().getTime() / 1000),
      epochTolerance: EPOCH_TOLERANCE_SECONDS,
      ...(lastTimeStep !== null ? { afterTimeStep: lastTimeStep } : {}),
    });
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  }
}
