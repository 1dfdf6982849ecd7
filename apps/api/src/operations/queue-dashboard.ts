import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SessionsService } from '@app/accounts';
import { APP_CONFIG, createInspectableJobsQueue, type AppConfig, type OutboxJobData } from '@app/infra';
import { originOf } from '../auth/session-cookie';
import { authenticateRequest } from '../http/auth.guard';
import { errorBodyOf } from '../http/error.filter';
import { API_HEADERS } from '../http/security-headers';

/** Where the dashboard lives: under /api, so the page's session cookie (Path=/api) reaches it. */
export const QUEUE_DASHBOARD_PATH = '/api/operations/queues';

/**
 * Issue 13, item 9: Bull Board over the product's one queue, for administrators only. Every path
 * under QUEUE_DASHBOARD_PATH (its page, its API, its scripts and styles) takes the same session as
 * the API — the page's cookie or a bearer token — and answers like an admin-only route: 401
 * without a valid session, 404 for every other role (R14). Read-only: the outbox decides what runs
 * again (the administrators' retry on /berichten), so the dashboard shows jobs, their state and
 * their error (a code, never message text) and changes nothing. Works on both queue backends
 * (Bull Board 9.10 reads BullMQ's PostgreSQL backend too). Its screens are Bull Board's own,
 * which has no Dutch translation.
 */
@Injectable()
export class QueueDashboard implements OnApplicationShutdown {
  private queue: Queue<OutboxJobData> | undefined;
  private readonly appOrigin: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsService,
  ) {
    this.appOrigin = originOf(config.appUrl);
  }

  /** Registers the dashboard's routes; before the web page's catch-all routes (both use @fastify/static). */
  async register(app: NestFastifyApplication): Promise<void> {
    const serverAdapter = new FastifyAdapter();
    const board = createBullBoard({
      queues: [],
      serverAdapter,
      options: { uiConfig: { boardTitle: 'Wachtrijen', hideDocsLink: true, miscLinks: [{ text: 'Terug naar Flevowijs', url: '/berichten' }] } },
    });
    serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
    await app.register(async (scope: FastifyInstance) => {
      scope.addHook('onRequest', async (request, reply) => {
        if (!(await this.admitted(request, reply))) return reply;
        // The queue's connection opens on the first admitted request, not at boot: the API starts without the queue.
        if (!this.queue) {
          this.queue = createInspectableJobsQueue(this.config);
          board.addQueue(new BullMQAdapter(this.queue, { readOnlyMode: true, displayName: 'Achtergrondtaken' }));
        }
      });
      await scope.register(serverAdapter.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
    });
  }

  /** An administrator's session, or the API's error answer (401, 403 for a cross-site change, 404). */
  private async admitted(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    try {
      await authenticateRequest(request, this.sessions, this.appOrigin, { enrolmentAllowed: false, roles: ['admin'] });
      return true;
    } catch (error) {
      const body = errorBodyOf(error);
      if (body.statusCode === 503) void reply.header('Retry-After', '5');
      await reply.status(body.statusCode).headers(API_HEADERS).type('application/json; charset=utf-8').send(body);
      return false;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue?.close().catch(() => undefined);
  }
}
