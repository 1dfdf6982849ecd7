import { useTestApp } from '../support/test-app';
import { HttpClient } from '../support/http-client';

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

describe('OpenAPI: every operation documents its answers', () => {
  const app = useTestApp({ worker: false });
  let paths: Record<string, Record<string, Operation>>;

  beforeAll(async () => {
    const docs = await new HttpClient(app().baseUrl).get('/api/docs-json');
    expect(docs.status).toBe(200);
    paths = docs.body.paths;
  });

  const operations = () =>
    Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, operation })),
    );

  it('has a success answer with a schema for every operation (204 without content)', () => {
    const undocumented = operations().filter(({ operation }) => {
      const successes = Object.entries(operation.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
      if (successes.length === 0) return true;
      return successes.some(([status, response]) => status !== '204' && !Object.values(response.content ?? {}).some((media) => media.schema !== undefined));
    });
    expect(undocumented.map(({ name }) => name)).toEqual([]);
  });

  it('documents every error answer with the one error schema', () => {
    const others = operations().flatMap(({ name, operation }) =>
      Object.entries(operation.responses ?? {})
        .filter(([status]) => /^4\d\d$/.test(status))
        .filter(
          ([, response]) => JSON.stringify(response.content?.['application/json']?.schema) !== JSON.stringify({ $ref: '#/components/schemas/ErrorResponse' }),
        )
        .map(([status]) => `${name} ${status}`),
    );
    expect(others).toEqual([]);
    expect(operations().filter(({ operation }) => Object.keys(operation.responses ?? {}).some((status) => status.startsWith('4'))).length).toBeGreaterThan(0);
  });

  it('documents the routes of the web page, health and the directory', () => {
    for (const path of [
      '/api/me',
      '/api/users',
      '/api/users/directory',
      '/api/boards',
      '/api/institutes',
      '/api/audit',
      '/api/health',
      '/api/health/live',
      '/api/health/ready',
      '/api/candidates/summary',
      '/api/interviews/{id}',
    ]) {
      expect(paths).toHaveProperty([path]);
    }
  });
});
