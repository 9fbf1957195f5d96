import { feedbackRoutes } from './routes/feedback.ts';
import { publicFeedbackRoutes } from './routes/public-feedback.ts';
import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from './route-deps.ts';
import { authPlugin } from './auth/plugin.ts';
import { requireLogin } from './auth/guard.ts';
import { healthRoutes } from './routes/health.ts';
import { authRoutes } from './routes/auth.ts';
import { unitsRoutes } from './routes/units.ts';
import { unitEventsRoutes } from './routes/unit-events.ts';
import { formsRoutes } from './routes/forms.ts';
import { dataValuesRoutes } from './routes/data-values.ts';
import { importsRoutes } from './routes/imports.ts';
import { evidenceRoutes } from './routes/evidence.ts';
import { analyticsRoutes } from './routes/analytics.ts';
import { frameworksRoutes } from './routes/frameworks.ts';
import { publishedScoresRoutes } from './routes/published-scores.ts';
import { adminRoutes } from './routes/admin.ts';
import { auditRoutes } from './routes/audit.ts';
import { metadataRoutes } from './routes/metadata.ts';
import { metadataWriteRoutes } from './routes/metadata-writes.ts';
import { planAdminRoutes } from './routes/plan-admin.ts';
import { geoRoutes } from './routes/geo.ts';
import { changesRoutes } from './routes/changes.ts';
import { followUpsRoutes } from './routes/follow-ups.ts';
import { dhis2Routes } from './routes/dhis2.ts';
import { reportTemplatesRoutes } from './routes/report-templates.ts';
import { reportsRoutes } from './routes/reports.ts';
import { registriesRoutes } from './routes/registries.ts';
import { tasksRoutes } from './routes/tasks.ts';
import { notificationsRoutes } from './routes/notifications.ts';
import { productsRoutes } from './routes/products.ts';
import { dossiersRoutes } from './routes/dossiers.ts';
import { declareRouteResponses } from './route-responses.ts';
import { registerAnswerCache } from './answer-cache-hooks.ts';
import { publicationRoutes } from './routes/publications.ts';
import { teamsRoutes } from './routes/teams.ts';
import { publicDataRoutes } from './routes/public-data.ts';
import { registerPublicScope } from './public-scope.ts';

/**
 * Everything under /api/v1: one plugin per resource. Each scope's onRoute hook adds to every route's schema the
 * statuses the framework and the auth layer answer, and its security (route-responses.ts), so the OpenAPI
 * document lists every status a route returns.
 */
export const apiV1: FastifyPluginAsync<RouteDeps> = async (api, { store, today, now, files, openData }) => {
  const deps: RouteDeps = { store, today, ...(now ? { now } : {}), ...(files ? { files } : {}), ...(openData ? { openData } : {}) }; // not the whole options object: it carries this plugin's prefix

  // request.actor for every request (session cookie or Bearer token); CSRF on unsafe cookie requests.
  await api.register(authPlugin, deps);

  // Public: monitoring and signing in.
  await api.register(async (open) => {
    open.addHook('onRoute', declareRouteResponses('public'));
    await open.register(healthRoutes, deps);
    await open.register(authRoutes, deps);
  });

  // Open data: anonymous, read-only, rate-limited per address, with ETag and Cache-Control (public-scope.ts).
  await api.register(async (open) => {
    open.addHook('onRoute', declareRouteResponses('public'));
    await registerPublicScope(open, openData);
    await open.register(publicDataRoutes, deps);
    await open.register(publicFeedbackRoutes, deps);
  });

  // Everything else needs a caller (401 otherwise); each route then checks the caller's role and units (403).
  await api.register(async (scope) => {
    scope.addHook('onRequest', requireLogin);
    scope.addHook('onRoute', declareRouteResponses('login'));
    registerAnswerCache(scope, store, today); // routes with config.answerCache: answers kept until the next write
    await scope.register(unitsRoutes, deps);
    await scope.register(unitEventsRoutes, deps);
    await scope.register(formsRoutes, deps);
    await scope.register(dataValuesRoutes, deps);
    await scope.register(importsRoutes, deps);
    await scope.register(evidenceRoutes, deps);
    await scope.register(analyticsRoutes, deps);
    await scope.register(frameworksRoutes, deps);
    await scope.register(publishedScoresRoutes, deps);
    await scope.register(adminRoutes, deps);
    await scope.register(auditRoutes, deps);
    await scope.register(metadataRoutes, deps);
    await scope.register(metadataWriteRoutes, deps);
    await scope.register(planAdminRoutes, deps);
    await scope.register(reportTemplatesRoutes, deps);
    await scope.register(registriesRoutes, deps);
    await scope.register(tasksRoutes, deps);
    await scope.register(notificationsRoutes, deps);
    await scope.register(productsRoutes, deps);
    await scope.register(feedbackRoutes, deps);
    await scope.register(geoRoutes, deps);
    await scope.register(changesRoutes, deps);
    await scope.register(followUpsRoutes, deps);
    await scope.register(dhis2Routes, deps);
    await scope.register(publicationRoutes, deps);
    await scope.register(teamsRoutes, deps);
    await scope.register(dossiersRoutes, deps);
    await scope.register(reportsRoutes, deps);
  });
};
