interface ApplicantFacts {
  firstName: string;
  reference: string;
}

/** Dutch texts of the application mails. */
export function applicationConfirmationMail(candidate: ApplicantFacts): { title: string; body: string } {
  return {
    title: `Je aanmelding voor zij-instroom is ontvangen (${candidate.reference})`,
    body: [
      `Beste ${candidate.firstName},`,
      '',
      'Bedankt voor je aanmelding als zij-instromer in het primair onderwijs in Almere of Lelystad.',
      `Je referentie is ${candidate.reference}. Noem die als je contact met ons opneemt.`,
      '',
      'Wat gebeurt er nu? Een medewerker van Flevowijs bekijkt je motivatiebrief en cv. Binnen twee weken hoor je',
      'of we je uitnodigen voor een selectiegesprek met Flevowijs en een of meer schoolbesturen.',
      '',
      'Met vriendelijke groet,',
      'Flevowijs — zij-instroom primair onderwijs',
    ].join('\n'),
  };
}

export function newApplicationStaffMail(candidate: ApplicantFacts & { lastName: string; region: string }, link: string): { title: string; body: string } {
  const region = candidate.region === 'lelystad' ? 'Lelystad' : 'Almere';
  return {
    title: `Nieuwe aanmelding zij-instroom ${candidate.reference} (${region})`,
    body: [
      `Er is een nieuwe aanmelding binnengekomen: ${candidate.firstName} ${candidate.lastName}, regio ${region}.`,
      `Referentie: ${candidate.reference}`,
      '',
      `Bekijk de kandidaat: ${link}`,
    ].join('\n'),
  };
}
