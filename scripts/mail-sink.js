/**
 * A local SMTP listener for `npm start` without SMTP_URL: the product sends real SMTP, and every
 * mail lands as an .eml file (open it in any mail client) with one log line. Development only:
 * smtp-server is a devDependency, and production must name its relay in SMTP_URL.
 */
const fs = require('node:fs');
const path = require('node:path');

async function subjectOf(raw) {
  try {
    const { default: PostalMime } = await import('postal-mime');
    return (await PostalMime.parse(raw)).subject ?? '';
  } catch {
    return '';
  }
}

/** Starts the listener on 127.0.0.1 and a free port; returns its smtp:// URL and stop(). */
async function startMailSink({ directory, onLog = console.log }) {
  let SMTPServer;
  try {
    ({ SMTPServer } = require('smtp-server'));
  } catch {
    throw new Error('SMTP_URL is not set and the local mail sink (smtp-server, a devDependency) is not installed: set SMTP_URL or run npm install.');
  }
  fs.mkdirSync(directory, { recursive: true });
  let sequence = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 30 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
        const file = path.join(directory, `${stamp}-${String(++sequence).padStart(4, '0')}.eml`);
        fs.promises
          .writeFile(file, raw)
          .then(() => subjectOf(raw))
          .then((subject) => {
            const to = session.envelope.rcptTo.map((address) => address.address).join(', ');
            onLog(`Mail to ${to}: "${subject}" → ${path.relative(process.cwd(), file)}`);
            callback();
          })
          .catch((error) => callback(error));
      });
    },
  });
  server.on('error', (error) => onLog(`Mail sink: ${error.message}`));
  await new Promise((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.server.address();
  return {
    url: `smtp://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

module.exports = { startMailSink };
