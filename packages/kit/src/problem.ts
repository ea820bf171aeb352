import { ConcurrentModificationError, InvalidCursorError } from '@shequ/ddb';
import { ZodError, type z } from 'zod';

export interface FieldError {
  /** Dotted path of the offending field, e.g. `body.citizenId`. */
  field: string;
  message: string;
}

/**
 * An RFC 9457 problem: a stable machine `code`, a Chinese `title` and `detail` for people, and per-field
 * `errors` for forms. Throw one of the named subclasses; the error middleware renders it.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: readonly FieldError[],
  ) {
    super(detail ?? title);
    this.name = 'HttpProblem';
  }
}

export class BadRequest extends HttpProblem {
  constructor(code: string, detail: string) {
    super(400, code, '请求格式错误', detail);
  }
}

export class Unauthorized extends HttpProblem {
  constructor(detail = '请先登录：缺少或无效的访问令牌') {
    super(401, 'unauthorized', '未登录', detail);
  }
}

export class Forbidden extends HttpProblem {
  constructor(detail = '您无权访问该地区或该资源') {
    super(403, 'forbidden', '无权访问', detail);
  }
}

export class NotFound extends HttpProblem {
  constructor(detail = '未找到该记录') {
    super(404, 'not-found', '记录不存在', detail);
  }
}

export class Conflict extends HttpProblem {
  constructor(code: string, detail: string) {
    super(409, code, '操作冲突', detail);
  }
}

export class ValidationFailed extends HttpProblem {
  constructor(errors: readonly FieldError[], detail = '提交的数据未通过校验，请按提示修改后重试') {
    super(422, 'validation-failed', '数据校验未通过', detail, errors);
  }

  /** One failed field with a domain rule's own message (e.g. a wrong check digit). */
  static field(field: string, message: string): ValidationFailed {
    return new ValidationFailed([{ field, message }], message);
  }
}

export function fieldErrorsFrom(error: z.ZodError, prefix: string): FieldError[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}

export interface ProblemBody {
  type: string;
  code: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: readonly FieldError[];
}

/**
 * Maps anything thrown to a problem. Known errors keep their meaning; everything else is a 500 whose body
 * says nothing about internals (the log has the details).
 */
export function toProblem(error: unknown, requestId?: string): ProblemBody {
  const problem = asHttpProblem(error);
  return {
    type: `https://shequ.gov.cn/problems/${problem.code}`,
    code: problem.code,
    title: problem.title,
    status: problem.status,
    ...(problem.detail ? { detail: problem.detail } : {}),
    ...(requestId ? { instance: `urn:request:${requestId}` } : {}),
    ...(problem.errors ? { errors: problem.errors } : {}),
  };
}

function asHttpProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (error instanceof ConcurrentModificationError) {
    return new Conflict('concurrent-modification', '该记录已被他人修改，请刷新后重试');
  }
  if (error instanceof InvalidCursorError) return new BadRequest('invalid-cursor', '分页游标无效，请从第一页重新查询');
  if (error instanceof ZodError) return new ValidationFailed(fieldErrorsFrom(error, 'body'));
  return new HttpProblem(500, 'internal-error', '服务器内部错误', '服务暂时出现问题，请稍后重试；如持续出现请联系管理员');
}
