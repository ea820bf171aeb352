import { startPlatform } from '../platform.ts';
import { readFlags } from './args.ts';

const { values } = readFlags(
  {
    options: {
      'in-memory': { type: 'boolean', default: false },
      'no-demo': { type: 'boolean', default: false },
      port: { type: 'string' },
      district: { type: 'string' },
    },
    strict: true,
  } as const,
  'pnpm start [--port 3000] [--district 350203] [--in-memory] [--no-demo]',
);

const time = () => new Date().toTimeString().slice(0, 8);

/** Console output for people: one short line per request, full JSON for anything else. */
function log(entry: Record<string, unknown>): void {
  if (entry.message === 'request') {
    process.stdout.write(`${time()}  ${entry.method} ${entry.path} → ${entry.status} (${entry.ms} ms)\n`);
  } else if (entry.level === 'error' || entry.level === 'warn') {
    process.stderr.write(`${time()}  ${JSON.stringify(entry)}\n`);
  }
}

process.stdout.write('正在启动本地平台（DynamoDB Local 需要几秒钟）… starting the local platform\n');
const platform = await startPlatform({
  inMemory: values['in-memory'],
  demo: !values['no-demo'],
  ...(values.port ? { port: Number(values.port) } : {}),
  ...(values.district ? { district: values.district } : {}),
  log,
});

const demoLine = platform.demo
  ? `已载入演示数据：${platform.demo.subdistricts} 个街道、${platform.demo.communities} 个社区、${platform.demo.persons} 名居民（其中残疾人 ${platform.demo.disabled} 名）`
  : '演示数据已在库中（或已关闭）';
const jobs = platform.nextRuns().map(({ id, next }) => `${id}（下次 ${next.toISOString()}）`);
process.stdout.write(
  [
    '',
    `  社区服务平台 shequ · 本地平台已启动 · ${platform.district} ${platform.districtName}`,
    '',
    `  API          ${platform.url}`,
    `  接口文档      ${platform.url}/docs   （OpenAPI: ${platform.url}/openapi.json）`,
    `  获取令牌      pnpm -s token --role community-worker --area 350203006029`,
    `  调用示例      curl -H "Authorization: Bearer $(pnpm -s token --role district-admin --area ${platform.district})" ${platform.url}/statistics/population?area=${platform.district}`,
    `  数据目录      ${platform.dataDir ?? '内存（停止即清空）'}`,
    `  DynamoDB     ${platform.dynamoEndpoint}（DynamoDB Local，可用 AWS CLI --endpoint-url 查看）`,
    `  演示数据      ${demoLine}`,
    `  定时任务      ${jobs.length > 0 ? jobs.join('；') : '无'}   手动运行：pnpm job <服务>.<任务>`,
    `  死信列表      GET ${platform.url}/_local/dead-letters（区级管理员令牌）`,
    '',
    '  按 Ctrl-C 停止（会同时关闭 DynamoDB Local）',
    '',
  ].join('\n'),
);

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`\n收到 ${signal}，正在停止… stopping\n`);
  await platform.stop();
  process.stdout.write('已停止。 stopped.\n');
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
