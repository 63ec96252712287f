// The server the browser journeys run against: the built app on a fresh, temporary data
// directory with the demo organisation and the outbox page, removed again when it stops.
// Beside it runs a local SMTP sink: the server sends its mail there for real, and the sink keeps
// each message as a file in E2E_MAIL_DIR (chosen by playwright.config.ts), where the journeys
// read them (e2e/mail.ts). Mail is really sent here, so the outbox page would be off; SHOW_OUTBOX
// asks for it (allowed outside production), so the journeys can check it: organisation admins only,
// sign-in links taken out.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mup-e2e-'));
const port = process.env.PORT ?? '3100';
const mailDir = process.env.E2E_MAIL_DIR ?? path.join(tmp, 'mail');
fs.mkdirSync(mailDir, { recursive: true });

let received = 0;
const sink = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, _session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => {
      // Written under a temporary name and renamed, so a reader never sees half a message.
      const name = `${String(Date.now()).padStart(15, '0')}-${String(++received).padStart(5, '0')}.eml`;
      const partial = path.join(mailDir, `.${name}`);
      fs.writeFileSync(partial, Buffer.concat(chunks));
      fs.renameSync(partial, path.join(mailDir, name));
      callback();
    });
  },
});
await new Promise((resolve, reject) => {
  sink.once('error', reject);
  sink.listen(0, '127.0.0.1', resolve);
});
const smtpPort = sink.server.address().port;

const env = {
  ...process.env,
  DATA_DIR: path.join(tmp, 'data'),
  PORT: port,
  HOST: '127.0.0.1',
  DEMO: 'true',
  DEMO_NEIGHBOUR: 'true',
  DEMO_JOURNEYS: 'true',
  SHOW_OUTBOX: 'true',
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  MAIL_FROM: 'MUP <no-reply@demo.mup.dk>',
  // Every journey signs in from 127.0.0.1, a few times a minute on a fast machine: the per-address
  // limit would stop the suite, as it would a town hall behind one address (the lockout per account
  // still holds).
  SIGN_INS_PER_IP_PER_MINUTE: '1000',
};
env.PUBLIC_URL ??= `http://127.0.0.1:${port}`;
// Never the developer's own PostgreSQL: the journeys always start from an empty embedded database.
delete env.DATABASE_URL;
env.NODE_ENV = 'development';

const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
  cwd: root,
  env,
  stdio: 'inherit',
});

const cleanUp = () => {
  sink.close();
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.rmSync(mailDir, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  cleanUp();
  process.exit(code ?? (signal ? 1 : 0));
});
