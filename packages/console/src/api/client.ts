import createClient from 'openapi-fetch';
import { readSession } from '../auth/session';
import type { paths } from './openapi';

/** A problem+json answer (RFC 9457) as the API sends it: a stable code, Chinese title and detail, field errors. */
export interface ProblemBody {
  type?: string;
  code: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { field: string; message: string }[];
}

export class ApiProblem extends Error {
  constructor(readonly problem: ProblemBody) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }
}

type UnauthorizedListener = () => void;
let onUnauthorized: UnauthorizedListener = () => undefined;

/** The shell decides what a 401 means (back to sign-in, keeping the page and the drafts). */
export function whenUnauthorized(listener: UnauthorizedListener): void {
  onUnauthorized = listener;
}

/** The one way the console reaches the API: typed by the platform's own OpenAPI document. */
export const api = createClient<paths>({ baseUrl: globalThis.location?.origin ?? '' });

api.use({
  onRequest({ request }) {
    const session = readSession();
    if (session) request.headers.set('authorization', `Bearer ${session.token}`);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) onUnauthorized();
    return response;
  },
});

/** A network failure or an answer that is not problem+json still reaches people as Chinese. */
function problemOf(error: unknown, response: Response): ProblemBody {
  if (error && typeof error === 'object' && 'code' in error && 'title' in error) return error as ProblemBody;
  return {
    code: 'unexpected-response',
    title: '服务暂时不可用',
    status: response.status,
    detail: `服务器返回 ${response.status}，请稍后重试；如果一直出现，请联系区里的系统管理员。`,
  };
}

/** Unwraps an openapi-fetch result: the data, or an ApiProblem to show at the form or as a message. */
export async function call<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await request;
  } catch (error) {
    if (error instanceof ApiProblem) throw error;
    throw new ApiProblem({
      code: 'network-error',
      title: '网络连接失败',
      status: 0,
      detail: '无法连接到服务器，请检查网络后重试。',
    });
  }
  if (result.error !== undefined || !result.response.ok) throw new ApiProblem(problemOf(result.error, result.response));
  return result.data as T;
}

/** Downloads a file answer (XLSX export, template, error report) under the name the server gives it. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const session = readSession();
  const response = await fetch(path, { headers: session ? { authorization: `Bearer ${session.token}` } : {} });
  if (response.status === 401) onUnauthorized();
  if (!response.ok) {
    const body = await response.json().catch(() => undefined);
    throw new ApiProblem(problemOf(body, response));
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : (plain ?? fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
