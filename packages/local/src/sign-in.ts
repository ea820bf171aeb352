import { roles } from '@shequ/kit';
import { z } from 'zod';
import type { DemoAccount } from './demo/accounts.ts';
import type { DevIssuer } from './dev-issuer.ts';
import type { LocalResponse, LocalRoute } from './gateway.ts';

/** An identity the local sign-in page offers: the demo district's accounts, or a test's own. */
export type SignInAccount = DemoAccount;

const areaCode = z.string().regex(/^\d{6}(\d{3}(\d{3}(-\d{2})?)?)?$/, '地区代码应为 6、9 或 12 位数字，网格如 350203006029-03');
const signInBody = z.union([
  z.object({ account: z.string().min(1) }),
  z.object({
    role: z.enum(roles, `角色应为 ${roles.join('、')} 之一`),
    areas: z.array(areaCode).min(1, '请至少填写一个管辖地区'),
    person: z.string().min(1).optional(),
  }),
]);

const json = (status: number, body: unknown): LocalResponse => ({
  status,
  headers: {
    'content-type': status >= 400 ? 'application/problem+json; charset=utf-8' : 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  },
  body: JSON.stringify(body),
});

/**
 * Local-only sign-in for the console: `GET /_local/sign-in` lists the demo accounts, `POST` gives a token
 * from the dev issuer for one of them (or for any role and areas, as `pnpm run token` does). There is no
 * such route in AWS: there the console signs in with OIDC.
 */
export function signInRoutes(deps: { issuer: DevIssuer; accounts: () => readonly SignInAccount[] }): LocalRoute {
  return async (request, url, body) => {
    if (url.pathname !== '/_local/sign-in') return undefined;
    if (request.method === 'GET') return json(200, { accounts: deps.accounts() });
    if (request.method !== 'POST') {
      return json(405, { type: 'about:blank', code: 'method-not-allowed', title: '不支持该请求方法', status: 405 });
    }
    let parsed: z.infer<typeof signInBody>;
    try {
      parsed = signInBody.parse(JSON.parse(body.toString('utf8') || '{}'));
    } catch (error) {
      const errors =
        error instanceof z.ZodError
          ? error.issues.map((issue) => ({ field: ['body', ...issue.path].join('.'), message: issue.message }))
          : [];
      return json(422, {
        type: 'about:blank',
        code: 'validation-failed',
        title: '数据校验未通过',
        status: 422,
        detail: '请选择一个演示账号，或填写角色和管辖地区',
        errors,
      });
    }
    if ('account' in parsed) {
      const account = deps.accounts().find((candidate) => candidate.sub === parsed.account);
      if (!account) {
        return json(404, {
          type: 'about:blank',
          code: 'account-not-found',
          title: '账号不存在',
          status: 404,
          detail: `没有编号为 ${parsed.account} 的演示账号`,
        });
      }
      const token = await deps.issuer.sign({
        sub: account.sub,
        role: account.role,
        areas: account.areas,
        name: account.name,
        ...(account.person ? { person: account.person } : {}),
      });
      return json(200, { token });
    }
    const sub = `${parsed.role}@${parsed.areas.join('+')}`;
    const token = await deps.issuer.sign({
      sub,
      role: parsed.role,
      areas: parsed.areas,
      ...(parsed.person ? { person: parsed.person } : {}),
    });
    return json(200, { token });
  };
}
