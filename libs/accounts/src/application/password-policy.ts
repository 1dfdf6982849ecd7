import { Injectable } from '@nestjs/common';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as dutch from '@zxcvbn-ts/language-nl-be';
import { ValidationFailedError } from '@app/shared';
import { REFUSED_PASSWORDS } from './common-passwords';

const MINIMUM_LENGTH = 12;
const MINIMUM_SCORE = 3;

/**
 * New passwords (ASVS 6.2): at least 12 characters, not on the product's list of refused passwords,
 * and strong by zxcvbn-ts with its common (breached passwords) and Dutch dictionaries and the
 * user's own name and e-mail address. zxcvbn's feedback comes in Dutch (language-nl-be).
 */
@Injectable()
export class PasswordPolicy {
  private estimator: ZxcvbnFactory | undefined;

  /** Built on first use (a fifth of a second): the worker, which sets no passwords, never pays for it. */
  private strength(): ZxcvbnFactory {
    // l33t substitutions beyond a few make long random passwords cost half a second of CPU each.
    this.estimator ??= new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...dutch.dictionary },
      graphs: common.adjacencyGraphs,
      translations: dutch.translations,
      l33tMaxSubstitutions: 6,
      maxLength: 128,
    });
    return this.estimator;
  }

  /** Refuses with a 400 naming `field` and saying why, in Dutch. */
  assertStrong(password: string, userInputs: string[], field = 'password'): void {
    const problem = this.problemWith(password, userInputs);
    if (problem) throw new ValidationFailedError([{ field, message: problem }], problem);
  }

  private problemWith(password: string, userInputs: string[]): string | null {
    if (password.length < MINIMUM_LENGTH) return `Het wachtwoord moet minstens ${MINIMUM_LENGTH} tekens hebben.`;
    if (REFUSED_PASSWORDS.has(password.toLowerCase().replace(/\s+/g, ''))) {
      return 'Dit wachtwoord staat op de lijst van bekende of gelekte wachtwoorden. Kies een ander wachtwoord.';
    }
    const inputs = userInputs.flatMap((input) => [input, ...input.split(/[\s@.]+/)]).filter((input) => input.length >= 3);
    const result = this.strength().check(password, inputs);
    if (result.score >= MINIMUM_SCORE) return null;
    const why = result.feedback.warning ?? 'Dit wachtwoord is te makkelijk te raden.';
    const suggestion = result.feedback.suggestions[0];
    return `Het wachtwoord is te zwak: ${why}${suggestion ? ` ${suggestion}` : ''}`;
  }
}
