import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { Database, Outbox } from '@app/infra';
import { Public } from '../http/auth.decorators';

/** Reports the database and the queue separately, so an operator sees which dependency is down. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly database: Database,
    private readonly outbox: Outbox,
  ) {}

  @Public()
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.indicators.check('database').attempt(async () => {
        await this.database.query('SELECT 1');
      }).withTimeout(1500),
      () => this.indicators.check('queue').attempt(() => this.outbox.ping()).withTimeout(1500),
    ]);
  }
}
