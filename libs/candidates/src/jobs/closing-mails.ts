interface ClosedCandidateFacts {
  firstName: string;
  reference: string;
}

const SIGNATURE = ['', 'Met vriendelijke groet,', 'Flevowijs — zij-instroom primair onderwijs'];

/** The desk's rejection. The reason stays internal (it may quote a board's or an institute's opinion); the candidate can ask for a talk. */
export function rejectionMail(candidate: ClosedCandidateFacts): { title: string; body: string } {
  return {
    title: `Besluit over je aanmelding voor zij-instroom (${candidate.reference})`,
    body: [
      `Beste ${candidate.firstName},`,
      '',
      'Bedankt voor je aanmelding en je interesse in het leraarschap in het primair onderwijs.',
      'Na zorgvuldige afweging hebben we besloten je aanmelding niet verder in behandeling te nemen.',
      'Wil je een toelichting? Neem dan contact met ons op en noem je referentie; we bespreken het graag met je.',
      '',
      'We bewaren je gegevens nog vier weken en verwijderen ze daarna, tenzij je toestemming gaf om ze een jaar te bewaren.',
      `Je referentie is ${candidate.reference}.`,
      ...SIGNATURE,
    ].join('\n'),
  };
}

/** The confirmation that the candidate stopped their application. */
export function withdrawalMail(candidate: ClosedCandidateFacts): { title: string; body: string } {
  return {
    title: `Bevestiging: je hebt je aanmelding voor zij-instroom ingetrokken (${candidate.reference})`,
    body: [
      `Beste ${candidate.firstName},`,
      '',
      'Hierbij bevestigen we dat je je aanmelding als zij-instromer hebt ingetrokken. We nemen je aanmelding niet verder in behandeling',
      'en de schoolbesturen kunnen je gegevens niet meer inzien.',
      '',
      'Was dit niet de bedoeling, of wil je later opnieuw beginnen? Je kunt je altijd opnieuw aanmelden.',
      'We bewaren je gegevens nog vier weken en verwijderen ze daarna, tenzij je toestemming gaf om ze een jaar te bewaren.',
      `Je referentie is ${candidate.reference}.`,
      ...SIGNATURE,
    ].join('\n'),
  };
}
