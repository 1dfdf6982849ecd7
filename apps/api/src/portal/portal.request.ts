import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn } from 'class-validator';
import { PORTAL_REQUEST_KINDS, type PortalRequestKind } from '@app/portal';
import { EmailAddress, Label, RequiredText } from '../http/request-fields';

export class PortalLinkRequest {
  @EmailAddress({ trim: true, api: { example: 'sanne@voorbeeld.nl', description: 'The address the candidate applied with.' } }) email!: string;
}

export class PortalSignInRequest {
  @RequiredText('Inloglink', { max: 100, api: { description: 'The token of the link in the mail (after `#token=`).' } }) token!: string;
}

export class PortalConsentRequest {
  @ApiProperty({ description: 'true: keep my data for a year after my application closes; false: the usual 4 weeks (R13).' })
  @Label('Toestemming om je gegevens een jaar te bewaren')
  @IsBoolean({ message: 'Toestemming om je gegevens een jaar te bewaren moet true of false zijn.' })
  consent!: boolean;
}

export class PortalDataRequestRequest {
  @ApiProperty({ enum: PORTAL_REQUEST_KINDS, description: '`inspection`: a copy of everything kept about me; `erasure`: erase my data.' })
  @Label('Soort verzoek')
  @IsIn(PORTAL_REQUEST_KINDS, { message: 'Soort verzoek moet inspection (inzage) of erasure (verwijderen) zijn.' })
  kind!: PortalRequestKind;
}
