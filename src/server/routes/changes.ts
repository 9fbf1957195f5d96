import { changeToken } from '../../app/changes/change-token.ts';
import { requireActor } from '../auth/guard.ts';
import type { RoutePlugin } from '../route-deps.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';

const changeTokenSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['token', 'changedAt'],
  properties: { token: { type: 'string' }, changedAt: { type: ['string', 'null'] } },
} as const;

/** GET /changes: the change token open screens poll (app/changes/change-token.ts). Never cached. */
export const changesRoutes: RoutePlugin = async (app, { store }) => {
  const schema = {
    tags: ['live'],
    summary: 'Mã thay đổi: đổi khi có số liệu hoặc thay đổi mới / the change token: moves with every write',
    querystring: noQuerystring,
    response: { 200: changeTokenSchema },
  };
  app.get('/changes', { schema }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return changeToken(store, requireActor(request));
  });
};
