/** A source's code, as campaign links carry it (`/aanmelden?bron=onderwijsloket`): lower case, digits and underscores. */
export const SOURCE_CODE_PATTERN = /^[a-z][a-z0-9_]{1,39}$/;

export function isSourceCode(value: string): boolean {
  return SOURCE_CODE_PATTERN.test(value);
}

/** The longest free text the applicant may add to a source that asks for it (`anders`). */
export const SOURCE_DETAIL_MAX = 200;
