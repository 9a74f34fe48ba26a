// Real nginx and Apache httpd serving a built site with the configurations in docs/deploy/ as
// shipped (only paths and ports substituted): non-daemon processes with their own pid and log
// files on a random 127.0.0.1 port.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RealServer {
  /** Base URL of the site, ending in the site's path prefix (e.g. http://127.0.0.1:4711/integrationskonzept/). */
  url: string;
  log: () => string;
  stop: () => Promise<void>;
}

const SHIPPED_PREFIX = '/integrationskonzept/';
export const NGINX = '/usr/sbin/nginx';
export const APACHE = '/usr/sbin/apache2';
const APACHE_MODULES = '/usr/lib/apache2/modules';

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

/** A folder readable by the server's unprivileged workers, with the site copied under `prefix`. */
function docroot(site: string, prefix: string): { tmp: string; root: string; siteDir: string } {
  const tmp = mkdtempSync(join(tmpdir(), 'deploy-'));
  chmodSync(tmp, 0o755);
  const root = join(tmp, 'www');
  const siteDir = join(root, prefix);
  mkdirSync(siteDir, { recursive: true });
  cpSync(site, siteDir, { recursive: true });
  return { tmp, root, siteDir };
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log()}`);
    try {
      await fetch(url, { method: 'HEAD' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`server did not start:\n${log()}`);
}

function run(command: string, args: string[], tmp: string, errorLog: string, url: string): Promise<RealServer> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const log = () => output + (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '');
  const stop = async () => {
    if (child.exitCode === null) {
      const closed = new Promise((r) => child.once('close', r));
      child.kill('SIGTERM');
      await closed;
    }
    rmSync(tmp, { recursive: true, force: true });
  };
  return waitUntilUp(url, child, log).then(() => ({ url, log, stop }), async (e) => { await stop(); throw e; });
}

/** nginx with docs/deploy/nginx.conf; `prefix` is the URL path ('/' or '/integrationskonzept/'). */
export async function startNginx(site: string, prefix: string): Promise<RealServer> {
  const { tmp, root } = docroot(site, prefix);
  const port = await freePort();
  const shipped = readFileSync('docs/deploy/nginx.conf', 'utf8')
    .replaceAll(SHIPPED_PREFIX, prefix)
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('root /var/www/html;', `root ${root};`);
  writeFileSync(join(tmp, 'site.conf'), shipped);
  const temp = (name: string) => `${name}_temp_path ${join(tmp, name)};`;
  writeFileSync(join(tmp, 'nginx.conf'), `daemon off;
worker_processes 1;
pid ${join(tmp, 'nginx.pid')};
error_log ${join(tmp, 'error.log')} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  include ${join(tmp, 'site.conf')};
}
`);
  return run(NGINX, ['-c', join(tmp, 'nginx.conf'), '-p', tmp], tmp, join(tmp, 'error.log'), `http://127.0.0.1:${port}${prefix}`);
}

/** Apache httpd with docs/deploy/htaccess as the site folder's .htaccess. */
export async function startApache(site: string, prefix: string): Promise<RealServer> {
  const { tmp, root, siteDir } = docroot(site, prefix);
  const port = await freePort();
  writeFileSync(join(siteDir, '.htaccess'), readFileSync('docs/deploy/htaccess', 'utf8').replaceAll(SHIPPED_PREFIX, prefix));
  const modules = ['mpm_event', 'authz_core', 'dir', 'mime', 'headers', 'deflate', 'filter', 'include'];
  const asRoot = process.getuid?.() === 0;
  writeFileSync(join(tmp, 'httpd.conf'), `ServerRoot "${tmp}"
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile "${join(tmp, 'httpd.pid')}"
ErrorLog "${join(tmp, 'error.log')}"
LogLevel warn
${modules.map((m) => `LoadModule ${m}_module ${APACHE_MODULES}/mod_${m}.so`).join('\n')}
${asRoot ? 'User www-data\nGroup www-data' : ''}
TypesConfig /etc/mime.types
DocumentRoot "${root}"
<Directory "${root}">
  AllowOverride All
  Require all granted
</Directory>
`);
  return run(APACHE, ['-f', join(tmp, 'httpd.conf'), '-DFOREGROUND'], tmp, join(tmp, 'error.log'), `http://127.0.0.1:${port}${prefix}`);
}
