import { Inject, Injectable } from '@nestjs/common';
import { createHmac, hash, hkdfSync } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '@app/infra';

/**
 * A survey link's token is an HMAC of the survey's id under a key derived from TOTP_ENCRYPTION_KEY
 * (as the password-reset links are): the database keeps only the token's hash, the job payload only
 * the survey's id, and only the processes that hold the key (the worker that mails it) can make the
 * token again.
 */
@Injectable()
export class SurveyLinks {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = Buffer.from(hkdfSync('sha256', config.totpEncryptionKey, Buffer.alloc(0), 'zij-instroom satisfaction survey link', 32));
  }

  tokenOf(surveyId: string): string {
    return createHmac('sha256', this.key).update(surveyId).digest('base64url');
  }

  hashOf(token: string): string {
    return hash('sha256', token, 'hex');
  }
}
