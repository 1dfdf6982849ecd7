import { ApiProperty } from '@nestjs/swagger';
import { OfferedRouteResponse } from '../routes/route.response';

/** A choice of "Hoe ken je Flevowijs?" on the public form. */
export class OfferedSourceResponse {
  @ApiProperty({ example: 'onderwijsloket', description: 'What the form sends as `source`; campaign links carry it (`/aanmelden?bron=…`).' }) code!: string;
  @ApiProperty({ example: 'Het Onderwijsloket' }) label!: string;
  @ApiProperty({ description: 'The form asks for `sourceDetail` with this choice (`anders`).' }) asksDetail!: boolean;
}

/** R3: the same answer for every accepted form, new dossier or not; the reference goes by mail. */
export const APPLICATION_RECEIVED = {
  status: 'received',
  message: 'Bedankt voor je aanmelding. Je ontvangt binnen enkele minuten een e-mail met je aanmeldnummer.',
} as const;

export class ApplicationReceivedResponse {
  @ApiProperty({ enum: [APPLICATION_RECEIVED.status] }) status!: typeof APPLICATION_RECEIVED.status;
  @ApiProperty({ example: APPLICATION_RECEIVED.message, description: 'Dutch text for the applicant; the same for every accepted application.' })
  message!: string;
}

export class ContactResponse {
  @ApiProperty({ format: 'email', example: 'zij-instroom@flevowijs.nl' }) email!: string;
  @ApiProperty({ example: '036 123 45 67' }) phone!: string;
}

/** What the public form and the privacy statement show besides their own text. */
export class ApplicationFormOptionsResponse {
  @ApiProperty({ type: [OfferedRouteResponse], description: 'The active routes, the default (zij_instroom) first.' }) routes!: OfferedRouteResponse[];
  @ApiProperty({ type: ContactResponse, description: "Flevowijs's contact details for applicants." }) contact!: ContactResponse;
  @ApiProperty({ type: [OfferedSourceResponse], description: 'The active sources of "Hoe ken je Flevowijs?", in their order.' })
  sources!: OfferedSourceResponse[];
}
