import { ConcurrentModificationError } from '@shequ/ddb';
import { Conflict, httpHandler, ValidationFailed } from '@shequ/kit';
import { builtInIssues, type Template, templateIssues } from '../domain/templates.ts';
import { saveTemplate as route, toTemplateView } from '../schemas/templates.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';
import { saveTemplate } from '../store/templates.ts';

export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const { version, ...fields } = body;
    const template: Template = { key: params.key, ...fields };
    // Every problem at once, so the form can mark them all before anything is stored.
    const issues = [...templateIssues(template), ...builtInIssues(template)];
    if (issues.length > 0) {
      throw new ValidationFailed(
        issues.map((issue) => ({ field: `body.${issue.field}`, message: issue.message })),
        `模板未保存：${issues.map((issue) => issue.message).join('；')}`,
      );
    }
    try {
      return { body: toTemplateView(await saveTemplate(deps(), template, version, caller.subject)) };
    } catch (error) {
      if (error instanceof ConcurrentModificationError) {
        throw new Conflict(
          'template-version-conflict',
          `模板 ${params.key} 已不是第 ${version} 版（可能他人刚刚保存过），请重新读取后再修改`,
        );
      }
      throw error;
    }
  });
}

export const handler = createHandler();
