import type { Region } from '@app/shared';

export interface BoardView {
  id: string;
  name: string;
  region: Region;
  joinedAt: string;
  /** A deactivated board keeps its history but gets no new users. */
  active: boolean;
}

export interface SchoolView {
  id: string;
  boardId: string;
  name: string;
  city: string;
}

export interface InstituteView {
  id: string;
  name: string;
  /** A deactivated institute keeps its history but gets no new users. */
  active: boolean;
}

/** What an admin may change of a board or institute; absent leaves it as it is. */
export interface OrganisationChanges {
  name?: string;
  active?: boolean;
}
