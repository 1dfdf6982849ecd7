import { Injectable } from '@nestjs/common';
import { isSourceCode } from '../domain/source-code';
import { SourceDetailNotAskedError, UnknownSourceError } from '../domain/sources.errors';
import { SourceRepository } from '../persistence/source.repository';
import type { ApplicationSource, SourceView } from './source.views';

/** Reading the list of sources: the public form's choices, the admin list, and the labels the reports name. */
@Injectable()
export class SourceReader {
  constructor(private readonly sources: SourceRepository) {}

  /** In the list's order; only the active ones unless asked (the admin page shows the retired ones too). */
  list(onlyActive = true): Promise<SourceView[]> {
    return this.sources.list(onlyActive);
  }

  /**
   * The form's answer checked against the list: no source is fine (the API keeps programs that do
   * not send one working), an unknown or retired code is refused with 400 naming `source`, and a
   * free text only goes with a source that asks for it.
   */
  async checked(source: string | null | undefined, detail: string | null | undefined): Promise<ApplicationSource> {
    const text = detail?.trim() || null;
    if (!source) {
      if (text) throw new SourceDetailNotAskedError('sourceDetail');
      return { source: null, sourceDetail: null };
    }
    const found = isSourceCode(source) ? await this.sources.get(source) : null;
    if (!found || !found.active)
      throw new UnknownSourceError(
        'source',
        (await this.sources.list(true)).map((item) => item.code),
      );
    if (text && !found.asksDetail) throw new SourceDetailNotAskedError('sourceDetail');
    return { source: found.code, sourceDetail: text };
  }

  /**
   * Every source's label by code, retired ones too: for the funnel's split by source (issue 14),
   * which counts `candidates.source` and names each code with this label.
   */
  async labels(): Promise<Map<string, string>> {
    return new Map((await this.sources.list(false)).map((source) => [source.code, source.label]));
  }
}
