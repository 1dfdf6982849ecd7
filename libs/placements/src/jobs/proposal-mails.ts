export interface ProposalMailFacts {
  boardName: string;
  candidateName: string;
  reference: string;
  note: string | null;
}

/** The board's mail: Flevowijs proposes a candidate, and where to place or decline. */
export function proposalMail(facts: ProposalMailFacts, link: string): { title: string; body: string } {
  return {
    title: `Flevowijs stelt een kandidaat aan je voor: ${facts.candidateName} (${facts.reference})`,
    body: [
      `Beste collega van ${facts.boardName},`,
      '',
      `Flevowijs stelt ${facts.candidateName} (${facts.reference}) voor als zij-instromer bij jullie schoolbestuur.`,
      ...(facts.note ? ['', `Toelichting van Flevowijs: ${facts.note}`] : []),
      '',
      'Bekijk de kandidaat en plaats de kandidaat op een van jullie scholen, of wijs het voorstel af met een reden:',
      link,
      '',
      'Met vriendelijke groet,',
      'Flevowijs — zij-instroom primair onderwijs',
    ].join('\n'),
  };
}
