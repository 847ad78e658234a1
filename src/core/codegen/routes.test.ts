import { describe, expect, it } from 'vitest';
import { parseOperation, routeMethodName, sagaRoute } from './routes.ts';

describe('parseOperation', () => {
  it.each([
    ['POST /payments', 'POST', '/payments', 'postPayments'],
    ['get /orders/{id}', 'GET', '/orders/:id', 'getOrdersById'],
    ['DELETE /orders/:id/items/:id', 'DELETE', '/orders/:id/items/:id2', 'deleteOrdersItemsByIdId2'],
    ['PATCH /x?y=1#z', 'PATCH', '/x', 'patchX'],
    ['GET /../a/./b//c', 'GET', '/a/b/c', 'getABC'],
    ['PUT /a b c', 'PUT', '/a', 'putA'],
    ['charge card', 'POST', '/charge-card', 'postChargeCard'],
    ['/raw/path', 'POST', '/raw/path', 'postRawPath'],
    ['GET /`x`/${y}/*/"z"', 'GET', '/x/y/z', 'getXYZ'],
    ['', 'POST', '/', 'post'],
  ])('%j → %s %s', (operation, method, path, name) => {
    const route = parseOperation(operation);
    expect(route.method).toBe(method);
    expect(route.path).toBe(path);
    expect(routeMethodName(route)).toBe(name);
  });

  it('treats routes that differ only in parameter names as the same route', () => {
    expect(parseOperation('GET /a/{x}').key).toBe(parseOperation('GET /a/:y').key);
    expect(parseOperation('GET /a/b').key).not.toBe(parseOperation('GET /a/:b').key);
  });

  it('gives saga steps their own endpoint', () => {
    expect(sagaRoute('order-fulfilment', 'reserveInventory').path).toBe('/sagas/order-fulfilment/reserve-inventory');
  });
});
