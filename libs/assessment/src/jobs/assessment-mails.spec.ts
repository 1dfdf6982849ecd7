import { assessmentOutcomeMail, assessmentOverdueMail, assessmentRequestMail, dutchDate } from './assessment-mails';

const facts = {
  firstName: 'Sanne',
  reference: 'ZI-2026-00012',
  instituteName: 'Hogeschool Windesheim',
  declarationDate: '2026-04-21',
  validUntil: '2028-04-21',
  requiredTraining: 'Deeltijdpabo, verkort traject',
  requiredSupport: 'Schoolopleider één dagdeel per week',
};

describe('assessment mails', () => {
  it('writes dates the Dutch way', () => {
    expect(dutchDate('2026-03-02')).toBe('2 maart 2026');
  });

  it('congratulates with the declaration, its validity and what it requires', () => {
    const mail = assessmentOutcomeMail({ ...facts, outcome: 'suitable' });
    expect(mail.title).toContain('Gefeliciteerd');
    expect(mail.title).toContain(facts.reference);
    expect(mail.body).toContain('21 april 2026');
    expect(mail.body).toContain('geldig tot 21 april 2028');
    expect(mail.body).toContain(facts.requiredTraining);
    expect(mail.body).toContain(facts.requiredSupport);
  });

  it('tells a not suitable candidate that the application stops, without the declaration', () => {
    const mail = assessmentOutcomeMail({ ...facts, outcome: 'not_suitable', declarationDate: null, validUntil: null });
    expect(mail.body).toContain('niet geschikt bevonden');
    expect(mail.body).not.toContain('verklaring is afgegeven');
  });

  it('reminds the desk with the candidate, board, institute and request date', () => {
    const mail = assessmentOverdueMail(
      {
        candidateName: 'Sanne de Vries',
        reference: facts.reference,
        boardName: 'Stichting Almeerse Scholen',
        instituteName: facts.instituteName,
        requestedOn: '2026-03-02',
      },
      'http://localhost/kandidaten/1',
    );
    expect(mail.title).toContain('8 weken');
    expect(mail.body).toContain('2 maart 2026');
    expect(mail.body).toContain('Stichting Almeerse Scholen');
  });

  it('tells the institute who requested an assessment for whom, and when the practice day is', () => {
    const request = {
      candidateName: 'Sanne de Vries',
      reference: facts.reference,
      boardName: 'Stichting Almeerse Scholen',
      instituteName: facts.instituteName,
      requestedOn: '2026-03-02',
      plannedPracticeDay: '2026-03-20',
    };
    const mail = assessmentRequestMail(request, 'http://localhost/kandidaten/1');
    expect(mail.title).toBe(`Nieuw geschiktheidsonderzoek aangevraagd: Sanne de Vries (${facts.reference})`);
    expect(mail.body).toContain('Stichting Almeerse Scholen heeft op 2 maart 2026');
    expect(mail.body).toContain('20 maart 2026');
    expect(assessmentRequestMail({ ...request, plannedPracticeDay: null }, 'x').body).toContain('nog geen praktijkdag');
  });
});
