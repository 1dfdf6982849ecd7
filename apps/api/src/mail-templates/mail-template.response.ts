import { ApiProperty } from '@nestjs/swagger';
import type { MailTemplateView, RenderedMail } from '@app/notifications';

export class MailPlaceholderResponse {
  @ApiProperty({ example: 'voornaam', description: 'Written in the text as `{voornaam}`.' }) name!: string;
  @ApiProperty({ example: 'De voornaam van de kandidaat' }) description!: string;
  @ApiProperty({ example: 'Sanne', description: 'The value the preview fills in.' }) example!: string;
  @ApiProperty({ description: 'The text must contain it (a one-time link).' }) required!: boolean;
}

export class MailTemplateResponse implements MailTemplateView {
  @ApiProperty({ example: 'application_confirmation' }) kind!: string;
  @ApiProperty({ example: 'Ontvangstbevestiging van een aanmelding' }) label!: string;
  @ApiProperty({ example: 'kandidaat' }) recipient!: string;
  @ApiProperty({ description: 'The subject in use now.' }) subject!: string;
  @ApiProperty({ description: 'The body in use now.' }) body!: string;
  @ApiProperty() defaultSubject!: string;
  @ApiProperty() defaultBody!: string;
  @ApiProperty({ type: [MailPlaceholderResponse] }) placeholders!: MailPlaceholderResponse[];
  @ApiProperty({ description: "An administrator's text is in use instead of the default." }) customised!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt!: Date | null;
}

export class MailPreviewResponse implements RenderedMail {
  @ApiProperty({ description: 'The subject filled in with example data.' }) title!: string;
  @ApiProperty({ description: 'The body filled in with example data.' }) body!: string;
}
