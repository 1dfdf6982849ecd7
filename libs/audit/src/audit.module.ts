import { Global, Module } from '@nestjs/common';
import { AuditReader } from './application/audit.reader';
import { AuditService } from './application/audit.service';
import { AuditRepository } from './persistence/audit.repository';

@Global()
@Module({ providers: [AuditRepository, AuditService, AuditReader], exports: [AuditService, AuditReader] })
export class AuditModule {}
