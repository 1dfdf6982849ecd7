import { SMTPServer } from 'smtp-server';
import PostalMime, { type Email } from 'postal-mime';
import type { AddressInfo } from 'node:net';

export interface ReceivedMail extends Email {
  envelopeTo: string[];
  raw: string;
}

/** A real SMTP listener inside the test process; mails are parsed as a mail client would. */
export class SmtpSink {
  readonly messages: ReceivedMail[] = [];
  private server: SMTPServer;
  private waiters: (() => void)[] = [];

  constructor() {
    this.server = this.createServer();
  }

  /** A closed smtp-server refuses connections for good: a restart (the relay back after an outage) takes a new one. */
  private createServer(): SMTPServer {
    return new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          PostalMime.parse(raw)
            .then((email) => {
              this.messages.push({ ...email, raw, envelopeTo: session.envelope.rcptTo.map((address) => address.address.toLowerCase()) });
              const waiters = this.waiters;
              this.waiters = [];
              waiters.forEach((wake) => wake());
              callback();
            })
            .catch((error: Error) => callback(error));
        });
      },
    });
  }

  private port = 0;

  /** Listens on a free port, or again on the port it had (a relay back after an outage). */
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
    return `smtp://127.0.0.1:${this.port}`;
  }

  to(address: string): ReceivedMail[] {
    return this.messages.filter((message) => message.envelopeTo.includes(address.toLowerCase()));
  }

  /** Waits until `predicate` holds for the received mails, or fails after `timeoutMs`. */
  async waitFor(predicate: (messages: ReceivedMail[]) => boolean, timeoutMs = 15000): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.messages)) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`Expected mail did not arrive within ${timeoutMs} ms (${this.messages.length} received)`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(remaining, 250));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.messages;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server = this.createServer();
  }
}
