import { ApiHeader } from '@nestjs/swagger';
import { ValidationFailedError } from '@app/shared';

/** A resource's version as its entity tag: `"7"`. */
export function entityTag(version: number): string {
  return `"${version}"`;
}

const ONE_TAG = /^\s*(?:W\/)?"(\d{1,9})"\s*$/;

/**
 * The version an `If-Match` header asks for: null without the header (or with `*`), so the
 * command runs on the current state; one entity tag (weak or strong) names a version; anything
 * else is refused by name.
 */
export function versionFromIfMatch(ifMatch: string | undefined): number | null {
  if (ifMatch === undefined || ifMatch.trim() === '*') return null;
  const match = ONE_TAG.exec(ifMatch);
  if (!match) throw new ValidationFailedError([{ field: 'If-Match', message: 'If-Match moet de ETag uit het laatste antwoord zijn, bijvoorbeeld "3".' }]);
  return Number(match[1]);
}

/** The If-Match header in the OpenAPI document. */
export const ApiIfMatchHeader = () =>
  ApiHeader({
    name: 'If-Match',
    required: false,
    description:
      'The ETag of GET /api/candidates/{id} the change was made on. When the candidate changed since, the answer is 412 and nothing changes; without the header only the stage is checked.',
    schema: { type: 'string', example: '"3"' },
  });
