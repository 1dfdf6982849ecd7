import { SMTPServer } from 'smtp-server';
import PostalMime, { type Email } from 'postal-mime';
import type { AddressInfo } from 'node:net';

export interface ReceivedMail extends Email {
  envelopeTo: string[];
  raw: string;
  /** When the listener accepted it (Date.now()), for "resumed within" assertions. */
  receivedAt: number;
}

/** A real SMTP listener inside the test process; mails are parsed as a mail client would. */
export class SmtpSink {
  readonly messages: ReceivedMail[] = [];
  private readonly refused = new Set<string>();
  private server: SMTPServer;
  private waiters: (() => void)[] = [];

  constructor() {
    this.server = this.createServer();
  }

  /** A closed smtp-server refuses connections for good: a restart (the relay back after an outage) takes a new one. */
  private createServer(): SMTPServer {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (this.refused.has(address.address.toLowerCase())) {
          callback(Object.assign(new Error('5.1.1 Mailbox unavailable'), { responseCode: 550 }));
          return;
        }
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          PostalMime.parse(raw)
            .then((email) => {
              this.messages.push({
                ...email,
                raw,
                receivedAt: Date.now(),
                envelopeTo: session.envelope.rcptTo.map((address) => address.address.toLowerCase()),
              });
              const waiters = this.waiters;
              this.waiters = [];
              waiters.forEach((wake) => wake());
              callback();
            })
            .catch((error: Error) => callback(error));
        });
      },
    });
    // A sender killed mid-message (the fault tests) resets its connection: that is the sender's fault, not the listener's.
    server.on('error', () => undefined);
    return server;
  }

  private port = 0;

  /** Listens on a free port, or again on the port it had (a relay back after an outage). */
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Refuses `address` for good from now on (550, as a relay does for a mailbox that does not exist). */
  refuse(address: string): void {
    this.refused.add(address.toLowerCase());
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
