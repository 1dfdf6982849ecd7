import { Module } from '@nestjs/common';
import { SourceReader } from './application/source.reader';
import { SourcesService } from './application/sources.service';
import { SourceRepository } from './persistence/source.repository';

/** Issue 16, item 4: how applicants heard of Flevowijs, a list that administrators manage. */
@Module({ providers: [SourceRepository, SourceReader, SourcesService], exports: [SourceReader, SourcesService] })
export class SourcesModule {}
