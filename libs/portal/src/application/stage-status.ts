import type { Stage } from '@app/candidates';

/** Where an application stands, as the candidate reads it: plain Dutch, no internal terms. */
export const STAGE_STATUS: Record<Stage, string> = {
  applied: 'We hebben je aanmelding ontvangen. Een medewerker van Flevowijs bekijkt binnenkort je motivatiebrief en cv.',
  screening: 'We bekijken je aanmelding. Binnen twee weken hoor je of we je uitnodigen voor een selectiegesprek.',
  interview_scheduled: 'Je bent uitgenodigd voor een selectiegesprek met Flevowijs en een of meer schoolbesturen.',
  interview_passed: 'Je selectiegesprek was positief. De volgende stap is het geschiktheidsonderzoek bij een lerarenopleiding.',
  in_assessment: 'Je doet nu het geschiktheidsonderzoek bij een lerarenopleiding.',
  assessment_passed: 'Je bent geschikt verklaard. Samen met het schoolbestuur bereiden we de start van je traject voor.',
  in_programme: 'Je traject als zij-instromer loopt.',
  qualified: 'Je bent bevoegd: je traject als zij-instromer is afgerond. Gefeliciteerd!',
  rejected: 'We nemen je aanmelding niet verder in behandeling. Wil je een toelichting? Neem dan contact met ons op.',
  withdrawn: 'Je hebt je aanmelding ingetrokken. We nemen hem niet verder in behandeling.',
  dropped_out: 'Je traject is beëindigd.',
  term_expired: 'De termijn van je traject is verlopen.',
};
