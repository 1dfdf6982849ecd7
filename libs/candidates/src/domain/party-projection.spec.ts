import { detailForParty, historyForParty, type HistoryFacts } from './party-projection';

const boardReader = { userId: 'u-board-a', role: 'board' as const, boardId: 'board-a' };

function entry(overrides: Partial<HistoryFacts>): HistoryFacts {
  return { actorId: null, actorName: null, reason: null, actorRole: null, actorBoardId: null, actorInstituteId: null, ...overrides };
}

describe('party projection', () => {
  it("drops other parties' entries, keeps the reader's own party by name and the desk's without reason or name", () => {
    const entries = [
      entry({ actorId: 'u-desk', actorName: 'Balie', actorRole: 'staff', reason: 'notitie van de balie' }),
      entry({ actorId: 'u-institute', actorName: 'Assessor', actorRole: 'institute', actorInstituteId: 'hs', reason: 'motivatie' }),
      entry({ actorId: 'u-board-b', actorName: 'Bestuur B', actorRole: 'board', actorBoardId: 'board-b', reason: 'advies B' }),
      entry({ actorId: 'u-board-a2', actorName: 'Collega A', actorRole: 'board', actorBoardId: 'board-a', reason: 'advies A' }),
      entry({ reason: 'door het systeem' }),
    ];
    expect(historyForParty(boardReader, entries)).toEqual([
      entry({ actorRole: 'staff' }),
      entry({ actorId: 'u-board-a2', actorName: 'Collega A', actorRole: 'board', actorBoardId: 'board-a' }),
      entry({}),
    ]);
  });

  it('hides the closing reason and an earlier dossier the party may not open', () => {
    const detail = { closingReason: 'motivatie', previousCandidateId: 'c-1', stage: 'rejected' };
    expect(detailForParty(detail, false)).toEqual({ closingReason: null, previousCandidateId: null, stage: 'rejected' });
    expect(detailForParty(detail, true)).toEqual({ closingReason: null, previousCandidateId: 'c-1', stage: 'rejected' });
  });
});
