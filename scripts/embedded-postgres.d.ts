/** Types of embedded-postgres.js for the TypeScript tests that start a PostgreSQL of their own. */
export interface EmbeddedPostgres {
  url: string;
  port: number;
  dataDirectory: string;
  logFile: string;
  stop(): Promise<void>;
}

export function startEmbeddedPostgres(options: {
  dataDirectory: string;
  database?: string;
  throwaway?: boolean;
  port?: number;
  onLog?: (line: string) => void;
}): Promise<EmbeddedPostgres>;

export class EmbeddedPostgresError extends Error {}
