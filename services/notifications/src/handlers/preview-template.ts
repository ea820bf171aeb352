import { httpHandler, NotFound, ValidationFailed } from '@shequ/kit';
import { render, variableProblems } from '../domain/templates.ts';
import { previewTemplate as route } from '../schemas/templates.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';
import { currentTemplate } from '../store/templates.ts';

export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return httpHandler(route, async ({ params, body }) => {
    const template = await currentTemplate(deps(), params.key);
    if (!template) throw new NotFound(`没有消息模板 ${params.key}`);
    const problems = variableProblems(template, body.variables);
    if (problems.length > 0) {
      throw new ValidationFailed(
        problems.map((problem) => ({ field: `body.variables.${problem.name}`, message: problem.message })),
        `无法生成预览：${problems.map((problem) => problem.message).join('；')}`,
      );
    }
    const { title, body: text } = render(template, body.variables);
    return { body: { key: template.key, version: template.version, urgent: template.urgent, title, body: text } };
  });
}

export const handler = createHandler();
