/**
 * Tổ công nghệ số cộng đồng (app/teams/): a unit's overview on a day (counts and coverage, no personal data), a
 * team's page, its member list (personal data: the admin and the commune's own reporters, approvers and tokens
 * only, each read audited), the writes (team, member, activity) and the spreadsheet import with its template.
 */
import { rm } from 'node:fs/promises';
import multipart from '@fastify/multipart';
import type { RoutePlugin } from '../route-deps.ts';
import { requireActor } from '../auth/guard.ts';
import { AppError, appError } from '../../domain/errors.ts';
import { addActivity, addMember, createTeam, updateMember, updateTeam } from '../../app/teams/commands.ts';
import { readTeamMembers } from '../../app/teams/members.ts';
import { teamDetail, teamsOverview } from '../../app/teams/reads.ts';
import { importTeams } from '../../app/teams/import.ts';
import { buildTeamTemplate } from '../../app/teams/import-template.ts';
import { defaultImportsDir, writeUpload } from '../../app/imports/uploads.ts';
import { clipText } from '../../app/imports/reader-base.ts';
import { receiveMultipartUpload } from '../multipart-upload.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';
import { errorResponses } from '../schemas/api-error.ts';
import { fileResponse } from '../schemas/import-evidence-schemas.ts';
import {
  activityBody,
  memberBody,
  memberIdParams,
  teamBody,
  teamCreatedResponse,
  teamDetailResponse,
  teamIdParams,
  teamImportResponse,
  teamMembersResponse,
  teamsOverviewQuery,
  teamsOverviewResponse,
  teamUpdatedResponse,
} from '../schemas/team-schemas.ts';

const tags = ['registries'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A commune's member list is a few hundred rows: 20 MB is plenty. */
const MAX_TEAM_FILE_BYTES = 20 * 1024 * 1024;

export const teamsRoutes: RoutePlugin = async (app, deps) => {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());
  const dir = deps.files?.importsDir ?? defaultImportsDir();
  await app.register(multipart, { limits: { files: 1, fields: 5, fieldSize: 1000, fileSize: MAX_TEAM_FILE_BYTES } });
  const ctx = (via: string) => ({ today: deps.today(), now: now(), via });

  const overview = {
    tags,
    summary: 'Tổ công nghệ số cộng đồng của một đơn vị: số tổ, thành viên, độ phủ theo xã / community tech teams of a unit: counts and coverage by commune',
    querystring: teamsOverviewQuery,
    response: teamsOverviewResponse,
  };
  app.get('/teams', { schema: overview }, async (request) =>
    teamsOverview(store, requireActor(request), { unit: request.query.unit, at: request.query.at ?? deps.today() }),
  );

  app.get(
    '/teams/template.xlsx',
    {
      schema: {
        tags,
        summary: 'Tệp mẫu XLSX danh sách tổ và thành viên / the XLSX template of the team and member list',
        querystring: noQuerystring,
        response: { 200: fileResponse([XLSX], 'Tệp mẫu / the template'), ...errorResponses(403) },
      },
    },
    async (request, reply) => {
      requireActor(request);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', 'attachment; filename="mau-to-cong-nghe-so-cong-dong.xlsx"')
        .header('x-content-type-options', 'nosniff')
        .send(await buildTeamTemplate());
    },
  );

  const importSchema = {
    tags,
    summary:
      'Nhập tổ và thành viên từ bảng tính (multipart, XLSX hoặc CSV; có dòng lỗi thì không ghi gì) / import teams and members from a spreadsheet (all or nothing)',
    querystring: noQuerystring,
    response: teamImportResponse,
  };
  app.post('/teams/import', { schema: importSchema }, async (request, reply) => {
    const actor = requireActor(request);
    if (!request.isMultipart())
      throw appError('UNSUPPORTED_MEDIA_TYPE', {
        type: `${request.headers['content-type'] ?? '(none)'} (cần multipart/form-data / expected multipart/form-data)`,
      });
    const upload = await receiveMultipartUpload(request, { store: (part) => writeUpload(dir, part.file), discard: (path) => rm(path, { force: true }) });
    if (!upload.file) throw appError('VALIDATION_FAILED', {}, [{ field: 'file', message: 'cần một tệp / a file is required' }]);
    const fileName = clipText(upload.fileName.split(/[/\\]/).pop() || 'to-cnscd', 255);
    try {
      const result = await importTeams(store, actor, { path: upload.file, fileName }, ctx(fileName));
      if (!result.written)
        // Nothing written: 422 VALIDATION_FAILED, each detail a row error (field: the cell, or the column, or "file").
        throw new AppError(
          'VALIDATION_FAILED',
          `Tệp có ${result.errorCount} lỗi; không ghi gì / the file has ${result.errorCount} errors; nothing was written`,
          result.errors.map((e) => ({ field: e.cell || e.column || 'file', ...e })),
        );
      return reply.status(200).send(result);
    } finally {
      await rm(upload.file, { force: true });
    }
  });

  const detail = {
    tags,
    summary: 'Một tổ công nghệ số cộng đồng: quyết định, hoạt động, số thành viên (không có danh sách) / a team: decision, activities, member counts (no list)',
    params: teamIdParams,
    querystring: noQuerystring,
    response: teamDetailResponse,
  };
  app.get('/teams/:id', { schema: detail }, async (request) => teamDetail(store, requireActor(request), Number(request.params.id), deps.today()));

  const members = {
    tags,
    summary: 'Danh sách thành viên của tổ (dữ liệu cá nhân; mỗi lần xem được ghi nhật ký) / the member list (personal data; every read is audited)',
    params: teamIdParams,
    querystring: noQuerystring,
    response: teamMembersResponse,
  };
  app.get('/teams/:id/members', { schema: members }, async (request) =>
    readTeamMembers(store, requireActor(request), Number(request.params.id), ctx(request.ip)),
  );

  const create = {
    tags,
    summary: 'Thêm một tổ công nghệ số cộng đồng / add a community tech team',
    querystring: noQuerystring,
    body: teamBody,
    response: teamCreatedResponse,
  };
  app.post('/teams', { schema: create }, async (request, reply) => {
    const id = await createTeam(store, request.body, { actor: requireActor(request), ...ctx(request.ip) });
    return reply.status(201).send({ id });
  });

  const update = {
    tags,
    summary: 'Sửa một tổ (quyết định, ngày giải thể) / edit a team (decision, dissolution)',
    params: teamIdParams,
    querystring: noQuerystring,
    body: teamBody,
    response: teamUpdatedResponse,
  };
  app.put('/teams/:id', { schema: update }, async (request, reply) => {
    await updateTeam(store, Number(request.params.id), request.body, { actor: requireActor(request), ...ctx(request.ip) });
    return reply.status(204).send();
  });

  const addMemberSchema = {
    tags,
    summary: 'Thêm thành viên vào tổ / add a member to a team',
    params: teamIdParams,
    querystring: noQuerystring,
    body: memberBody,
    response: teamCreatedResponse,
  };
  app.post('/teams/:id/members', { schema: addMemberSchema }, async (request, reply) => {
    const id = await addMember(store, Number(request.params.id), request.body, { actor: requireActor(request), ...ctx(request.ip) });
    return reply.status(201).send({ id });
  });

  const editMember = {
    tags,
    summary: 'Sửa thành viên (vai trò, ngày rời tổ…) / edit a member (role, leaving day…)',
    params: memberIdParams,
    querystring: noQuerystring,
    body: memberBody,
    response: teamUpdatedResponse,
  };
  app.put('/teams/:id/members/:memberId', { schema: editMember }, async (request, reply) => {
    await updateMember(store, Number(request.params.id), Number(request.params.memberId), request.body, { actor: requireActor(request), ...ctx(request.ip) });
    return reply.status(204).send();
  });

  const activity = {
    tags,
    summary: 'Ghi một hoạt động của tổ / record a team activity',
    params: teamIdParams,
    querystring: noQuerystring,
    body: activityBody,
    response: teamCreatedResponse,
  };
  app.post('/teams/:id/activities', { schema: activity }, async (request, reply) => {
    const id = await addActivity(store, Number(request.params.id), request.body, { actor: requireActor(request), ...ctx(request.ip) });
    return reply.status(201).send({ id });
  });
};
