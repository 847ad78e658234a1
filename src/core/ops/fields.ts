/**
 * Which fields each node and link kind has, read from the zod schema (the source of truth), so a patch
 * or a kind conversion can never leave a field the kind does not allow.
 */
import {
  asyncLinkSchema,
  brokerNodeSchema,
  clientNodeSchema,
  dataLinkSchema,
  databaseNodeSchema,
  externalNodeSchema,
  gatewayNodeSchema,
  serviceNodeSchema,
  syncLinkSchema,
} from '../model/schema.ts';
import type { LinkKind, NodeKind } from '../model/types.ts';

const keysOf = (schema: { shape: object }): ReadonlySet<string> => new Set(Object.keys(schema.shape));

export const NODE_FIELDS: Readonly<Record<NodeKind, ReadonlySet<string>>> = {
  service: keysOf(serviceNodeSchema),
  database: keysOf(databaseNodeSchema),
  broker: keysOf(brokerNodeSchema),
  gateway: keysOf(gatewayNodeSchema),
  client: keysOf(clientNodeSchema),
  external: keysOf(externalNodeSchema),
};

export const LINK_FIELDS: Readonly<Record<LinkKind, ReadonlySet<string>>> = {
  sync: keysOf(syncLinkSchema),
  async: keysOf(asyncLinkSchema),
  data: keysOf(dataLinkSchema),
};
