import { describe, expect, it } from 'vitest';
import { nameStem, pairByName } from './name-pairing.ts';

describe('pairByName', () => {
  it('pairs a datastore with the one service whose name it carries', () => {
    expect(pairByName(['carts-db', 'ts-order-mongo', 'user_timeline_redis'], ['carts', 'ts-order-service', 'user-timeline-service'])).toEqual([
      ['carts', 'carts-db'],
      ['ts-order-service', 'ts-order-mongo'],
      ['user-timeline-service', 'user_timeline_redis'],
    ]);
  });

  it('does not guess when the name carries no datastore word, matches nothing, or matches two services', () => {
    expect(pairByName(['mongodb', 'orders'], ['orders', 'mongodb-service'])).toEqual([]);
    expect(pairByName(['ts-account-mongo'], ['ts-auth-service'])).toEqual([]);
    expect(pairByName(['orders-db'], ['orders', 'orders-service'])).toEqual([]);
  });

  it('strips every trailing role word', () => {
    expect(nameStem('orders-db-mongo', new Set(['db', 'mongo']), true)).toBe('orders');
    expect(nameStem('db', new Set(['db']), true)).toBeUndefined();
  });
});
