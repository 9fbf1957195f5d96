/**
 * Nhiệm vụ (app/tasks/): a plan's tasks, the đôn đốc lists (overdue and due soon per unit), one task, and its
 * commands — admins create, edit, pause, resume and reopen; the lead unit's reporters start, report progress, tick
 * milestones and complete. Every write answers the task as it now is.
 */
import { dueTasks, listTasks, readTask } from '../../app/tasks/list.ts';
import { createTask, editTask } from '../../app/tasks/save.ts';
import { completeTask, moveTask, reportTaskProgress, tickMilestone, type SimpleStep } from '../../app/tasks/steps.ts';
import type { TaskStatus } from '../../domain/tasks.ts';
import { requireActor } from '../auth/guard.ts';
import type { RoutePlugin } from '../route-deps.ts';
import { viaOf } from '../request-via.ts';
import { errorResponses } from '../schemas/api-error.ts';
import {
  completeBody,
  dueQuerystring,
  dueResponse,
  milestoneBody,
  milestoneParams,
  moveBody,
  moveParams,
  progressBody,
  taskBody,
  taskListQuerystring,
  taskListResponse,
  taskParams,
  taskResponse,
} from '../schemas/task-schemas.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';

const tags = ['registries'];
const written = { 200: taskResponse, ...errorResponses(403, 404, 409, 422) };

export const tasksRoutes: RoutePlugin = async (app, deps) => {
  const { store, today } = deps;
  const now = deps.now ?? (() => new Date());
  const ctx = (request: Parameters<typeof viaOf>[0]) => ({ actor: requireActor(request), today: today(), now: now(), via: viaOf(request) });

  app.get(
    '/tasks',
    {
      schema: {
        tags,
        summary:
          'Nhiệm vụ theo kế hoạch, đơn vị (chủ trì hoặc phối hợp), trạng thái (quá hạn tính theo hôm nay) / tasks by plan, unit and status (overdue as of today)',
        querystring: taskListQuerystring,
        response: { 200: taskListResponse, ...errorResponses(403) },
      },
    },
    async (request) => listTasks(store, { ...request.query, status: request.query.status as TaskStatus | undefined }, requireActor(request), today()),
  );

  app.get(
    '/tasks/due',
    {
      schema: {
        tags,
        summary: 'Đôn đốc: nhiệm vụ quá hạn và sắp đến hạn của một đơn vị, kèm số lượng / overdue and due-soon tasks of a unit, with counts',
        querystring: dueQuerystring,
        response: { 200: dueResponse, ...errorResponses(403) },
      },
    },
    async (request) => dueTasks(store, request.query, requireActor(request), today()),
  );

  app.post(
    '/tasks',
    {
      schema: {
        tags,
        summary: 'Giao nhiệm vụ mới của một kế hoạch (quản trị) / create a task of a plan (admins)',
        querystring: noQuerystring,
        body: taskBody,
        response: { 201: taskResponse, ...errorResponses(403, 404, 422) },
      },
    },
    async (request, reply) => {
      const c = ctx(request);
      const id = await createTask(store, request.body, c);
      return reply.code(201).send(await readTask(store, id, c.actor, c.today));
    },
  );

  app.get(
    '/tasks/:id',
    {
      schema: {
        tags,
        summary: 'Một nhiệm vụ: mốc, báo cáo tiến độ, thao tác được phép / one task: milestones, progress reports, the actions allowed',
        params: taskParams,
        querystring: noQuerystring,
        response: { 200: taskResponse, ...errorResponses(403, 404) },
      },
    },
    async (request) => readTask(store, request.params.id, requireActor(request), today()),
  );

  app.put(
    '/tasks/:id',
    {
      schema: {
        tags,
        summary: 'Sửa nhiệm vụ chưa hoàn thành (quản trị) / edit a task not completed (admins)',
        params: taskParams,
        querystring: noQuerystring,
        body: taskBody,
        response: written,
      },
    },
    async (request) => {
      const c = ctx(request);
      await editTask(store, request.params.id, request.body, c);
      return readTask(store, request.params.id, c.actor, c.today);
    },
  );

  app.post(
    '/tasks/:id/progress',
    {
      schema: {
        tags,
        summary: 'Đơn vị chủ trì báo cáo tiến độ: ngày, phần trăm, nội dung, minh chứng / the lead unit reports progress',
        params: taskParams,
        querystring: noQuerystring,
        body: progressBody,
        response: written,
      },
    },
    async (request) => {
      const c = ctx(request);
      await reportTaskProgress(store, request.params.id, request.body, c);
      return readTask(store, request.params.id, c.actor, c.today);
    },
  );

  app.post(
    '/tasks/:id/complete',
    {
      schema: {
        tags,
        summary: 'Đơn vị chủ trì báo cáo hoàn thành, kèm ngày và minh chứng / the lead unit completes the task, with a date and evidence',
        params: taskParams,
        querystring: noQuerystring,
        body: completeBody,
        response: written,
      },
    },
    async (request) => {
      const c = ctx(request);
      await completeTask(store, request.params.id, request.body, c);
      return readTask(store, request.params.id, c.actor, c.today);
    },
  );

  app.put(
    '/tasks/:id/milestones/:milestone',
    {
      schema: {
        tags,
        summary: 'Đánh dấu một mốc đã xong (hoặc bỏ đánh dấu) / mark a milestone done (or not)',
        params: milestoneParams,
        querystring: noQuerystring,
        body: milestoneBody,
        response: written,
      },
    },
    async (request) => {
      const c = ctx(request);
      await tickMilestone(store, request.params.id, request.params.milestone, request.body, c);
      return readTask(store, request.params.id, c.actor, c.today);
    },
  );

  app.post(
    '/tasks/:id/:action',
    {
      schema: {
        tags,
        summary:
          'Bắt đầu (đơn vị chủ trì), tạm dừng với lý do, tiếp tục, mở lại (quản trị) / start (the lead unit), pause with a reason, resume, reopen (admins)',
        params: moveParams,
        querystring: noQuerystring,
        body: moveBody,
        response: written,
      },
    },
    async (request) => {
      const c = ctx(request);
      await moveTask(store, request.params.id, request.params.action as SimpleStep, request.body ?? {}, c);
      return readTask(store, request.params.id, c.actor, c.today);
    },
  );
};
