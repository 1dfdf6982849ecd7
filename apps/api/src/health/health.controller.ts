import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, Database, Outbox, type AppConfig } from '@app/infra';
import { Public } from '../http/auth.decorators';
import { HealthResponse, ProbeResponse, type DependencyState } from './health.response';
import { ShutdownState } from './shutdown-state';

const CHECK_TIMEOUT_MS = 1500;

/**
 * Answers for itself, not through the error filter: a failed check is an answer about the
 * dependencies, with the same body as a passed one. Reports the database and the queue
 * separately, so an operator sees which dependency is down.
 */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly database: Database,
    private readonly outbox: Outbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly shutdown: ShutdownState,
  ) {}

  @Get()
  @ApiOkResponse({ type: HealthResponse, description: 'Every dependency is up.' })
  @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'A dependency is down; the body says which.' })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    const [database, queue] = await Promise.all([this.databaseState(), stateOf(() => this.outbox.ping())]);
    const dependencies = { database: { status: database }, queue: { status: queue, backend: this.config.queueBackend } };
    const up = Object.fromEntries(Object.entries(dependencies).filter(([, dependency]) => dependency.status === 'up'));
    const allUp = database === 'up' && queue === 'up';
    if (!allUp) void reply.status(503).header('Retry-After', '5');
    return { status: allUp ? 'ok' : 'error', ...dependencies, details: dependencies, info: up };
  }

  /** The process answers: for a liveness probe, which restarts the process when this fails. */
  @Get('live')
  @ApiOkResponse({ type: ProbeResponse })
  live(): ProbeResponse {
    return { status: 'ok' };
  }

  /**
   * PostgreSQL answers and the process is not stopping: requests can be served. A down queue does
   * not count (the outbox keeps the jobs).
   */
  @Get('ready')
  @ApiOkResponse({ type: ProbeResponse })
  @ApiServiceUnavailableResponse({ type: ProbeResponse, description: 'PostgreSQL does not answer, or the process is stopping.' })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ProbeResponse> {
    if (!this.shutdown.isDraining() && (await this.databaseState()) === 'up') return { status: 'ok' };
    void reply.status(503).header('Retry-After', '5');
    return { status: 'error' };
  }

  private databaseState(): Promise<DependencyState> {
    return stateOf(async () => {
      await this.database.query('SELECT 1');
    });
  }
}

async function stateOf(check: () => Promise<unknown>): Promise<DependencyState> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('health check timed out')), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return 'up';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}
