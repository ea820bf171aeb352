import { defineRoute, pageOf, pageQuery, type RouteBinding } from '@shequ/kit';
import { z } from 'zod';
import { messageKindSchema } from './enums.ts';

export const messageIdParams = z.object({ id: z.string().regex(/^[\w-]{32}$/, '消息编号格式不正确') });

export const inboxEntryView = z
  .object({
    messageId: z.string(),
    kind: messageKindSchema,
    title: z.string(),
    body: z.string(),
    createdAt: z.string(),
    read: z.boolean(),
    readAt: z.string().optional(),
  })
  .meta({ id: 'InboxEntry' });

export const listInbox = defineRoute({
  method: 'GET',
  path: '/notifications/inbox',
  operationId: 'listInbox',
  summary: '我的消息',
  description: '当前用户（居民、工作人员、志愿者）的站内消息，最新的在前，附未读数；unread=true 只列未读的。',
  auth: 'jwt',
  query: z.object({
    ...pageQuery,
    unread: z.enum(['true', 'false'], 'unread 须为 true 或 false').optional().describe('true：只列未读消息'),
  }),
  response: {
    status: 200,
    description: '一页消息和未读数',
    schema: pageOf(inboxEntryView).extend({ unread: z.number().int().min(0) }),
  },
});

export const markMessageRead = defineRoute({
  method: 'POST',
  path: '/notifications/inbox/{id}/read',
  operationId: 'markMessageRead',
  summary: '标记已读',
  description: '把自己的一条消息标为已读；重复标记不再减少未读数。',
  auth: 'jwt',
  params: messageIdParams,
  response: { status: 200, description: '未读数', schema: z.object({ unread: z.number().int().min(0) }) },
});

export const inboxRoutes: readonly RouteBinding[] = [
  { route: listInbox, handler: 'handlers/list-inbox' },
  { route: markMessageRead, handler: 'handlers/mark-message-read' },
];
