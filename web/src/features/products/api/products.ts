/**
 * Sản phẩm CĐS: GET /products (with the counts), /products/{id}, /products/overdue, /products/units-without-product;
 * POST /products (register) and /products/{id}/transitions (a step). A write reads the lists again, and the
 * overview's figures (the derived indicators moved with it).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type ProductList = Json<paths['/api/v1/products']['get']['responses'][200]>;
export type Product = ProductList['items'][number];
export type ProductDetail = Json<paths['/api/v1/products/{id}']['get']['responses'][200]>;
export type ProductQuery = NonNullable<paths['/api/v1/products']['get']['parameters']['query']>;
export type RegisterProductBody = NonNullable<paths['/api/v1/products']['post']['requestBody']>['content']['application/json'];
export type ProductStepBody = NonNullable<paths['/api/v1/products/{id}/transitions']['post']['requestBody']>['content']['application/json'];
export type ProductState = Product['state'];
export const PRODUCT_STATES: readonly ProductState[] = ['registered', 'in_progress', 'completed', 'evaluated', 'withdrawn'];

export function useProducts(query: ProductQuery) {
  const api = useApi();
  return useQuery({ queryKey: ['products', 'list', query], queryFn: () => data(api.GET('/api/v1/products', { params: { query } })) });
}

export function useProduct(id: number) {
  const api = useApi();
  return useQuery({ queryKey: ['products', 'one', id], queryFn: () => data(api.GET('/api/v1/products/{id}', { params: { path: { id } } })) });
}

export function useOverdueProducts(unit?: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['products', 'overdue', unit ?? null],
    queryFn: () => data(api.GET('/api/v1/products/overdue', { params: { query: unit ? { unit } : {} } })),
  });
}

export function useUnitsWithoutProduct(unit: string, year: number, level: 'district' | 'commune') {
  const api = useApi();
  return useQuery({
    queryKey: ['products', 'without', unit, year, level],
    queryFn: () => data(api.GET('/api/v1/products/units-without-product', { params: { query: { unit, year, level } } })),
  });
}

function useRefresh() {
  const queries = useQueryClient();
  return () => {
    void queries.invalidateQueries({ queryKey: ['products'] });
    void queries.invalidateQueries({ queryKey: ['analytics'] });
    void queries.invalidateQueries();
  };
}

export function useRegisterProduct() {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: RegisterProductBody) => data(api.POST('/api/v1/products', { body })), onSuccess: refresh });
}

export function useProductStep(id: number) {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ProductStepBody) => data(api.POST('/api/v1/products/{id}/transitions', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}
