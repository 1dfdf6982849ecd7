import { Inject, Injectable } from '@nestjs/common';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/**
 * Documents on disk under STORAGE_DIR with generated names only; a user's file name never
 * becomes a path. Uploads land in `incoming/` and move into place only once accepted.
 */
@Injectable()
export class StorageService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async incomingPath(): Promise<string> {
    const directory = join(this.config.storageDirectory, 'incoming');
    await mkdir(directory, { recursive: true });
    return join(directory, randomUUID());
  }

  /** Moves an accepted upload into the store and returns its storage key. */
  async keep(incomingPath: string): Promise<string> {
    const key = randomUUID();
    await mkdir(join(this.config.storageDirectory, 'documents'), { recursive: true });
    await rename(incomingPath, this.pathOf(key));
    return key;
  }

  async discard(path: string): Promise<void> {
    await rm(path, { force: true });
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  open(key: string): ReadStream {
    return createReadStream(this.pathOf(key));
  }

  private pathOf(key: string): string {
    if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error('invalid storage key');
    return join(this.config.storageDirectory, 'documents', key);
  }
}
