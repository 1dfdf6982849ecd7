import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import type { Clock } from '@app/shared';
import { UsersService } from '@app/accounts';
import { StorageService, type AppConfig } from '@app/infra';
import { ApiModule } from './api.module';
import { registerApplicationForm } from './applications/application-form';
import { useJsonBodyParser } from './http/json-body';
import { parseQueryString } from './http/query-string';
import { MAX_PARAM_LENGTH, answerClientError, answerRouterError } from './http/router-errors';
import { addSecurityHeaders } from './http/security-headers';
import { createValidationPipe } from './http/validation';
import { API_PREFIX, buildApiDocument } from './openapi/api-document';
import { serveWebPage } from './http/web-page';
import { QUEUE_DASHBOARD_PATH, QueueDashboard } from './operations/queue-dashboard';

export interface ApiApplicationOptions {
  /** The built web page (default dist/web); tests point it at a page of their own. */
  webRoot?: string;
}

/** Builds the HTTP application; used by main.ts and by the end-to-end tests alike. */
export async function createApiApplication(config: AppConfig, clock?: Clock, options: ApiApplicationOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH, querystringParser: parseQueryString },
    trustProxy: false,
    frameworkErrors: answerRouterError,
    clientErrorHandler: answerClientError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(config, clock), adapter, { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX, { exclude: [] });
  useJsonBodyParser(app);
  app.useGlobalPipes(createValidationPipe());
  const pageDirectives = {
    defaultSrc: ["'self'"],
    baseUri: ["'none'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
  };
  addSecurityHeaders(app.getHttpAdapter().getInstance(), { contentSecurityPolicy: { directives: pageDirectives } }, [
    // Bull Board's page sets <base href> to its own path; its scripts and styles are its own files.
    { prefix: QUEUE_DASHBOARD_PATH, options: { contentSecurityPolicy: { directives: { ...pageDirectives, baseUri: ["'self'"] } } } },
  ]);
  await registerApplicationForm(app, app.get(StorageService));
  // The web page is served from this origin; CORS (a hook on every request) only for other origins.
  if (config.corsOrigins.length > 0) app.enableCors({ origin: config.corsOrigins, credentials: false });
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, buildApiDocument(app), { jsonDocumentUrl: `${API_PREFIX}/docs-json` });
  await app.get(QueueDashboard).register(app);
  await serveWebPage(app, options.webRoot);
  await app.init();
  await app.get(UsersService).ensureFirstAdministrator();
  return app;
}
