import { type Role, roles } from '@shequ/kit';
import { DevIssuer } from '../dev-issuer.ts';
import { devIssuerSecretFile } from '../platform.ts';
import { readFlags } from './args.ts';

const usage = `pnpm run -s token --role <${roles.join('|')}> --area <地区代码>[,…] [--person <人员编号>] [--sub <用户名>]`;
const { values } = readFlags(
  {
    options: {
      role: { type: 'string' },
      area: { type: 'string', multiple: true },
      person: { type: 'string' },
      sub: { type: 'string' },
      district: { type: 'string' },
      expires: { type: 'string', default: '12h' },
    },
    strict: true,
  } as const,
  usage,
);

const role = values.role as Role | undefined;
const areas = (values.area ?? []).flatMap((value) => value.split(',')).filter(Boolean);
if (!role || !roles.includes(role) || areas.length === 0) {
  process.stderr.write(`需要 --role（${roles.join('、')}）和至少一个 --area\n用法 usage: ${usage}\n`);
  process.exit(2);
}
const district = values.district ?? process.env.DISTRICT ?? areas[0]?.slice(0, 6) ?? '350203';
const issuer = DevIssuer.fromFile(district, devIssuerSecretFile());
const token = await issuer.sign(
  { sub: values.sub ?? `${role}@${areas.join('+')}`, role, areas, ...(values.person ? { person: values.person } : {}) },
  values.expires,
);
process.stdout.write(`${token}\n`);
