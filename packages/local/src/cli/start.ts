import { ensureConsoleBuilt } from '@shequ/console/build';
import { TRAINING_CLOCK_VARIABLE } from '@shequ/contracts';
import { DEMO_ACCOUNTS, type DemoSummary } from '../demo-data.ts';
import { startPlatform } from '../platform.ts';
import { readFlags } from './args.ts';

const { values } = readFlags(
  {
    options: {
      'in-memory': { type: 'boolean', default: false },
      'no-demo': { type: 'boolean', default: false },
      port: { type: 'string' },
      district: { type: 'string' },
      clock: { type: 'string' },
    },
    strict: true,
  } as const,
  'pnpm start [--port 3000] [--district 350203] [--in-memory] [--no-demo] [--clock 2026-11-30T23:50+08:00]',
);
const trainingClock = values.clock ?? process.env[TRAINING_CLOCK_VARIABLE];

const time = () => new Date().toTimeString().slice(0, 8);

/** Console output for people: one short line per request, full JSON for anything else. */
function log(entry: Record<string, unknown>): void {
  if (entry.message === 'demo step') {
    process.stdout.write(`${time()}  演示数据：已载入${entry.step}（用时 ${((entry.ms as number) / 1000).toFixed(1)} 秒）\n`);
  } else if (entry.message === 'request') {
    process.stdout.write(`${time()}  ${entry.method} ${entry.path} → ${entry.status} (${entry.ms} ms)\n`);
  } else if (entry.level === 'error' || entry.level === 'warn') {
    process.stderr.write(`${time()}  ${JSON.stringify(entry)}\n`);
  }
}

// The console is built before the platform starts, so a stale or missing build never serves.
await ensureConsoleBuilt((line) => process.stdout.write(`${line}\n`));
process.stdout.write('正在启动本地平台（DynamoDB Local 需要几秒钟）… starting the local platform\n');
const platform = await startPlatform({
  inMemory: values['in-memory'],
  demo: !values['no-demo'],
  ...(values.port ? { port: Number(values.port) } : {}),
  ...(values.district ? { district: values.district } : {}),
  ...(trainingClock ? { clock: trainingClock } : {}),
  // People use this platform while its consumers work: two batches at a time leave DynamoDB Local room for them.
  maxConcurrentBatches: 2,
  log,
});

const number = (value: number) => value.toLocaleString('zh-CN');
/** What the demo holds, in the words of the worker who will open it. */
function demoLine(demo: DemoSummary | undefined): string {
  if (!demo) return '演示数据已在库中（或已关闭）';
  const { featured } = demo;
  const due = featured.visitPlans.dueToday + featured.visitPlans.overdue;
  return [
    `${demo.alreadyLoaded ? '演示数据已在库中' : '已载入演示数据'}：${demo.subdistricts} 个街道、${demo.communities} 个社区、${number(demo.persons)} 名居民`,
    `${featured.name.replace('居委会', '')} ${number(featured.persons)} 人、${number(featured.households)} 户（流动人口 ${number(featured.migrants)}、60 岁以上 ${number(featured.elderly60plus)}、残疾人 ${featured.groups.disabled}），` +
      `待走访 ${due} 项（今日 ${featured.visitPlans.dueToday}、逾期 ${featured.visitPlans.overdue}），三证待办 ${featured.certificates.waiting} 件` +
      (demo.alreadyLoaded ? '' : `；载入用时 ${(demo.loadMs / 1000).toFixed(1)} 秒`),
  ].join('\n                ');
}
const signInExamples = DEMO_ACCOUNTS.filter((account) => ['community-worker', 'subdistrict-staff'].includes(account.role))
  .map((account) => `「${account.label}」`)
  .join('或');
const jobs = platform.nextRuns().map(({ id, next }) => `${id}（下次 ${next.toISOString()}）`);
process.stdout.write(
  [
    '',
    `  社区服务平台 shequ · 本地平台已启动 · ${platform.district} ${platform.districtName}${platform.clock.training ? ' · 训练时钟运行中' : ''}`,
    '',
    `  控制台        ${platform.url}/   （在浏览器中打开）`,
    `  登录          登录页列出演示账号，点选即可登录，例如${signInExamples}`,
    '',
    `  API          ${platform.url}`,
    `  接口文档      ${platform.url}/docs   （OpenAPI: ${platform.url}/openapi.json）`,
    `  获取令牌      pnpm run -s token --role community-worker --area 350203006029`,
    `  调用示例      curl -H "Authorization: Bearer $(pnpm run -s token --role district-admin --area ${platform.district})" ${platform.url}/statistics/population?area=${platform.district}`,
    `  数据目录      ${platform.dataDir ?? '内存（停止即清空）'}`,
    `  DynamoDB     ${platform.dynamoEndpoint}（DynamoDB Local，可用 AWS CLI --endpoint-url 查看）`,
    `  演示数据      ${demoLine(platform.demo)}`,
    `  定时任务      ${jobs.length > 0 ? jobs.join('；') : '无'}   手动运行：pnpm job <服务>.<任务>`,
    ...(platform.demo && !platform.demo.alreadyLoaded
      ? ['  后台处理      各服务正在处理刚载入的演示数据（几分钟），工作台的统计数字会陆续出现；进度见下一行的 /_local/delivery']
      : []),
    `  事件投递      GET ${platform.url}/_local/delivery   死信 GET ${platform.url}/_local/dead-letters（区级管理员令牌）`,
    ...platform.clock.bannerLines(platform.url),
    '',
    '  按 Ctrl-C 停止（先投递完在途事件，再关闭 DynamoDB Local）',
    '',
  ].join('\n'),
);

/** How long Ctrl-C waits for events in flight before it stops anyway (they are delivered at the next start). */
const DRAIN_TIMEOUT_MS = 60_000;
let stopping = false;
let stoppingSince = 0;
/** tsx relays the terminal's SIGINT to this process, so one Ctrl-C can arrive twice within moments. */
const RELAYED_SIGNAL_MS = 1_500;
const shutdown = async (signal: string) => {
  if (stopping) {
    if (performance.now() - stoppingSince < RELAYED_SIGNAL_MS) return;
    process.stdout.write('再次收到中断，立即退出；未投递的事件将在下次启动时继续投递。 exiting now\n');
    process.exit(130);
  }
  stopping = true;
  stoppingSince = performance.now();
  process.stdout.write(`\n收到 ${signal}，不再接收请求，等待事件投递完成… stopping, draining event delivery\n`);
  // DynamoDB Local runs in its own process group, so it is still up for the drain; a second Ctrl-C stops at once.
  await platform.stop({
    drainTimeoutMs: DRAIN_TIMEOUT_MS,
    onWaiting: (backlog) => process.stdout.write(`${time()}  仍在投递 still delivering: ${backlog}\n`),
  });
  process.stdout.write('已停止。 stopped.\n');
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
