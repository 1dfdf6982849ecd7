import { Module } from '@nestjs/common';
import { OrganisationReader } from './application/organisation.reader';
import { OrganisationsService } from './application/organisations.service';
import { OrganisationRepository } from './persistence/organisation.repository';

@Module({ providers: [OrganisationRepository, OrganisationReader, OrganisationsService], exports: [OrganisationReader, OrganisationsService] })
export class OrganisationsModule {}
