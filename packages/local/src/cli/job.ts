import { existsSync, readFileSync } from 'node:fs';
import { DevIssuer } from '../dev-issuer.ts';
import { DEFAULT_DATA_DIR, devIssuerSecretFile, platformStateFile, startPlatform } from '../platform.ts';
import { readFlags } from './args.ts';

const { positionals, values } = readFlags(
  { options: { clock: { type: 'string' } }, allowPositionals: true, strict: true },
  'pnpm job <服务>.<任务> [--clock 2026-12-05T02:00+08:00]，例如 pnpm job statistics.compile-monthly-report',
);
const id = positionals[0];
if (!id || !/^[\w-]+\.[\w-]+$/.test(id)) {
  process.stderr.write('用法 usage: pnpm job <服务>.<任务>\n');
  process.exit(2);
}

const dataDir = process.env.SHEQU_DATA_DIR ?? DEFAULT_DATA_DIR;
const running = existsSync(platformStateFile(dataDir))
  ? (JSON.parse(readFileSync(platformStateFile(dataDir), 'utf8')) as { pid: number; url: string; district: string })
  : undefined;

if (running && isAlive(running.pid)) {
  if (values.clock) {
    process.stderr.write('平台正在运行，任务按平台的时钟运行；要改变时间请向前拨训练时钟：POST /_local/clock\n');
    process.exit(2);
  }
  // The platform owns the data directory while it runs; ask it to run the job (at the platform's clock).
  const issuer = DevIssuer.fromFile(running.district, devIssuerSecretFile(dataDir));
  const token = await issuer.sign({ sub: 'pnpm-job', role: 'district-admin', areas: [running.district] });
  const response = await fetch(`${running.url}/_local/jobs/${id}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  });
  process.stdout.write(`${JSON.stringify(await response.json(), null, 2)}\n`);
  process.exit(response.ok ? 0 : 1);
}

const platform = await startPlatform({
  port: 0,
  scheduler: false,
  demo: false,
  ...(values.clock ? { clock: values.clock } : {}),
  log: () => undefined,
});
try {
  const result = await platform.runJob(id);
  await platform.delivery.idle();
  process.stdout.write(`${JSON.stringify({ job: id, result: result ?? null }, null, 2)}\n`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await platform.stop();
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
