import { Module } from '@nestjs/common';
import { RouteReader } from './application/route.reader';
import { RoutesService } from './application/routes.service';
import { RouteRepository } from './persistence/route.repository';

@Module({ providers: [RouteRepository, RouteReader, RoutesService], exports: [RouteReader, RoutesService] })
export class RoutesModule {}
