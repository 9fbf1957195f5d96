/**
 * Sản phẩm CĐS: the DX products registry (app/products/). Lists with the counts by state and level, one product
 * with its steps, the overdue products on the server's day, the units without a product; register, edit and a
 * step of a product's life, each answering the product as it now is.
 */
import { unitsWithoutProduct } from '../../app/products/check.ts';
import { editProduct, registerProduct, transitionProduct } from '../../app/products/commands.ts';
import { listProducts, readProduct } from '../../app/products/list.ts';
import { listOverdueProducts } from '../../app/products/overdue.ts';
import { requireActor } from '../auth/guard.ts';
import type { RoutePlugin } from '../route-deps.ts';
import { viaOf } from '../request-via.ts';
import { errorResponses } from '../schemas/api-error.ts';
import {
  editProductBody,
  overdueProductsQuerystring,
  overdueProductsResponse,
  productDetailResponse,
  productListQuerystring,
  productListResponse,
  productParams,
  productResponse,
  productStepBody,
  registerProductBody,
  unitsWithoutProductQuerystring,
  unitsWithoutProductResponse,
} from '../schemas/product-schemas.ts';
import { noQuerystring } from '../schemas/unit-schemas.ts';

const tags = ['registries'];

export const productsRoutes: RoutePlugin = async (app, deps) => {
  const { store, today } = deps;
  const now = deps.now ?? (() => new Date());
  const ctx = (request: Parameters<typeof viaOf>[0]) => ({ actor: requireActor(request), today: today(), now: now(), via: viaOf(request) });

  app.get(
    '/products',
    {
      schema: {
        tags,
        summary:
          'Sản phẩm CĐS theo đơn vị, năm, trạng thái, với số đếm theo trạng thái và cấp / DX products by unit, year and state, with counts by state and level',
        querystring: productListQuerystring,
        response: { 200: productListResponse, ...errorResponses(403, 404) },
      },
    },
    async (request) => listProducts(store, requireActor(request), request.query, today()),
  );

  app.get(
    '/products/overdue',
    {
      schema: {
        tags,
        summary: 'Sản phẩm CĐS quá hạn (đôn đốc) tính đến hôm nay / DX products overdue as of today',
        querystring: overdueProductsQuerystring,
        response: { 200: overdueProductsResponse, ...errorResponses(403, 404) },
      },
    },
    async (request) => {
      const day = today();
      return { today: day, items: await listOverdueProducts(store, requireActor(request), { ...request.query, today: day }) };
    },
  );

  app.get(
    '/products/units-without-product',
    {
      schema: {
        tags,
        summary: 'Đơn vị chưa có sản phẩm CĐS trong năm (mỗi đơn vị ít nhất một sản phẩm) / units with no DX product for the year',
        querystring: unitsWithoutProductQuerystring,
        response: { 200: unitsWithoutProductResponse, ...errorResponses(403, 404) },
      },
    },
    async (request) =>
      unitsWithoutProduct(store, requireActor(request), { unit: request.query.unit, year: request.query.year, level: request.query.level ?? 'district' }),
  );

  app.post(
    '/products',
    {
      schema: {
        tags,
        summary: 'Đăng ký một sản phẩm CĐS của đơn vị cho năm / register a DX product of a unit for the year',
        querystring: noQuerystring,
        body: registerProductBody,
        response: { 201: productResponse, ...errorResponses(403, 422) },
      },
    },
    async (request, reply) => {
      const product = await registerProduct(store, request.body, ctx(request));
      return reply.code(201).send(product);
    },
  );

  app.get(
    '/products/:id',
    {
      schema: {
        tags,
        summary: 'Một sản phẩm CĐS: các bước, minh chứng, chỉ tiêu tác động / one DX product: its steps, evidence and indicators',
        params: productParams,
        querystring: noQuerystring,
        response: { 200: productDetailResponse, ...errorResponses(403, 404) },
      },
    },
    async (request) => readProduct(store, requireActor(request), request.params.id, today()),
  );

  app.patch(
    '/products/:id',
    {
      schema: {
        tags,
        summary: 'Sửa một sản phẩm CĐS chưa hoàn thành / edit a DX product not yet completed',
        params: productParams,
        querystring: noQuerystring,
        body: editProductBody,
        response: { 200: productResponse, ...errorResponses(403, 404, 409, 422) },
      },
    },
    async (request) => editProduct(store, request.params.id, request.body, ctx(request)),
  );

  app.post(
    '/products/:id/transitions',
    {
      schema: {
        tags,
        summary:
          'Một bước của sản phẩm CĐS: bắt đầu, hoàn thành (có minh chứng), đánh giá, rút đăng ký / a step of a DX product: start, complete with evidence, evaluate, withdraw',
        params: productParams,
        querystring: noQuerystring,
        body: productStepBody,
        response: { 200: productResponse, ...errorResponses(403, 404, 409, 422) },
      },
    },
    async (request) => transitionProduct(store, request.params.id, request.body, ctx(request)),
  );
};
