import { Injectable } from '@nestjs/common';

/** Whether this API process is stopping: it then reports not ready, so the load balancer sends no new requests. */
@Injectable()
export class ShutdownState {
  private draining = false;

  beginDraining(): void {
    this.draining = true;
  }

  isDraining(): boolean {
    return this.draining;
  }
}
