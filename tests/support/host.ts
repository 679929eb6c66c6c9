/**
 * The real host for the browser tests: Cloudflare's own local Pages runtime (`wrangler pages dev`,
 * workerd from npm) serving a built folder exactly as Cloudflare Pages does: its reading of
 * `_headers` (one rule per path, matched against the address as sent), `_redirects`, its
 * trailing-slash and `.html` redirects, the nearest `404.html`, compression and content types.
 * A home-made server once merged duplicate `_headers` rules that Cloudflare drops, so every test
 * passed while the pages' CSP header never arrived.
 *
 * Offline and quiet: no telemetry, no update check (the banner's), no request for the `cf`
 * object (workers.cloudflare.com); its working files go to .wrangler/ (ignored by git). Errors only:
 * it warns at every start that the Netlify-only lines of _redirects are not Cloudflare's (they are not).
 * Usage: node tests/support/host.ts [dist] [port]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A date the pinned workerd supports (it refuses dates newer than its own release). */
export const compatibilityDate = '2026-04-01';

/** The environment that keeps wrangler offline and quiet. */
export const hostEnv: Readonly<Record<string, string>> = {
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_SEND_ERROR_REPORTS: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
};

/** The command line that serves `dir` at http://127.0.0.1:`port`/. */
export function hostCommand(dir: string, port: number): string {
  return [
    'wrangler pages dev',
    dir,
    '--ip 127.0.0.1',
    `--port ${port}`,
    `--compatibility-date ${compatibilityDate}`,
    '--show-interactive-dev-session=false',
    '--log-level error',
  ].join(' ');
}

/** A free port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface RunningHost {
  origin: string;
  close(): Promise<void>;
}

/**
 * Starts the runtime on `dir` and waits until it answers (a first start builds its shim worker:
 * several seconds, more on a loaded machine). Fails with wrangler's own output if it exits.
 */
export async function startHost(dir: string, port?: number, timeoutMs = 120_000): Promise<RunningHost> {
  const chosen = port ?? (await freePort());
  const origin = `http://127.0.0.1:${chosen}`;
  const child: ChildProcess = spawn(hostCommand(dir, chosen), {
    shell: true,
    env: { ...process.env, ...hostEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      // The shell, wrangler and workerd: the whole group.
      process.kill(-child.pid!, 'SIGTERM');
    });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler pages dev stopped (exit code ${child.exitCode}):\n${output}`);
    const ready = await fetch(`${origin}/`, { method: 'HEAD' }).then(
      () => true,
      () => false,
    );
    if (ready) return { origin, close };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await close();
  throw new Error(`wrangler pages dev did not answer at ${origin} within ${timeoutMs / 1000} s:\n${output}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '4321'] = process.argv.slice(2);
  const host = await startHost(dir, Number(port));
  console.log(`Cloudflare Pages' local runtime serves ${dir} at ${host.origin}/ (Ctrl+C stops it)`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
