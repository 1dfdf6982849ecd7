/** A source on the list of how applicants heard of Flevowijs. */
export interface SourceView {
  code: string;
  label: string;
  /** The form asks for a short free text with this source (`anders`). */
  asksDetail: boolean;
  active: boolean;
  position: number;
}

export interface NewSource {
  code: string;
  label: string;
  asksDetail?: boolean;
}

export interface SourceChanges {
  label?: string;
  asksDetail?: boolean;
  active?: boolean;
  position?: number;
}

/** The source of an application as it is stored on the candidate. */
export interface ApplicationSource {
  source: string | null;
  sourceDetail: string | null;
}
