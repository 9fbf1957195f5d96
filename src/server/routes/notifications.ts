/**
 * The notification centre of the signed-in user (app/notifications/center.ts): the list, the bell's unread count,
 * marking read; the user's daily digest as the app shows it; and an administrator's digest run (preview every
 * user's, or send them by e-mail when SMTP is configured: DXIOC_SMTP_URL, DXIOC_MAIL_FROM).
 */
import { listNotifications, markRead, notificationOwner, unreadCount } from '../../app/notifications/center.ts';
import { buildDigest } from '../../app/notifications/digest.ts';
import { mailSettingsFromEnv, runDigest } from '../../app/notifications/mailer.ts';
import { requireActor } from '../auth/guard.ts';
import type { RoutePlugin } from '../route-deps.ts';
import { errorResponses } from '../schemas/api-error.ts';
import {
  digestQuerystring,
  digestResponse,
  digestRunBody,
  digestRunResponse,
  markedResponse,
  notificationListQuerystring,
  notificationListResponse,
  notificationParams,
  unreadResponse,
} from '../schemas/task-schemas.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';

const tags = ['registries'];

export const notificationsRoutes: RoutePlugin = async (app, deps) => {
  const { store, today } = deps;
  const now = deps.now ?? (() => new Date());

  app.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: 'Thông báo của tôi (mới nhất trước) và số chưa đọc / my notifications, newest first, and the unread count',
        querystring: notificationListQuerystring,
        response: { 200: notificationListResponse, ...errorResponses(403) },
      },
    },
    async (request) => listNotifications(store, requireActor(request), request.query),
  );

  app.get(
    '/notifications/unread-count',
    {
      schema: {
        tags,
        summary: 'Số thông báo chưa đọc (chuông) / the number of unread notifications (the bell)',
        querystring: noQuerystring,
        response: { 200: unreadResponse, ...errorResponses(403) },
      },
    },
    async (request) => unreadCount(store, requireActor(request)),
  );

  app.post(
    '/notifications/read-all',
    {
      schema: {
        tags,
        summary: 'Đánh dấu mọi thông báo đã đọc / mark every notification read',
        querystring: noQuerystring,
        response: { 200: markedResponse, ...errorResponses(403) },
      },
    },
    async (request) => markRead(store, requireActor(request), null, now()),
  );

  app.post(
    '/notifications/:id/read',
    {
      schema: {
        tags,
        summary: 'Đánh dấu một thông báo đã đọc / mark one notification read',
        params: notificationParams,
        querystring: noQuerystring,
        response: { 200: markedResponse, ...errorResponses(403, 404) },
      },
    },
    async (request) => markRead(store, requireActor(request), request.params.id, now()),
  );

  app.get(
    '/notifications/digest',
    {
      schema: {
        tags,
        summary: 'Bản tin đôn đốc hằng ngày của tôi: nhiệm vụ quá hạn, sắp đến hạn / my daily digest: overdue and due-soon tasks',
        querystring: digestQuerystring,
        response: { 200: digestResponse, ...errorResponses(403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return buildDigest(store, actor, request.query.date ?? today(), { name: notificationOwner(actor) });
    },
  );

  app.post(
    '/notifications/digest/run',
    {
      schema: {
        tags,
        summary:
          'Xem trước hoặc gửi bản tin cho mọi người dùng qua thư điện tử khi đã cấu hình SMTP (quản trị) / preview or e-mail every user’s digest when SMTP is configured (admins)',
        querystring: noQuerystring,
        body: digestRunBody,
        response: { 200: digestRunResponse, ...errorResponses(403, 422) },
      },
    },
    async (request) =>
      runDigest(store, requireActor(request), {
        today: request.body?.date ?? today(),
        send: request.body?.send === true,
        settings: mailSettingsFromEnv(),
        now: now(),
      }),
  );
};
