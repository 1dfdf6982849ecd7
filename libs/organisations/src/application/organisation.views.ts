import type { Region } from '@app/shared';

export interface BoardView {
  id: string;
  name: string;
  region: Region;
  joinedAt: string;
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
}
