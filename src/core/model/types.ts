import type { z } from 'zod';
import type * as s from './schema.ts';

export type Model = z.infer<typeof s.modelSchema>;
export type ModelNode = z.infer<typeof s.nodeSchema>;
export type NodeKind = ModelNode['kind'];
export type ServiceNode = z.infer<typeof s.serviceNodeSchema>;
export type DatabaseNode = z.infer<typeof s.databaseNodeSchema>;
export type BrokerNode = z.infer<typeof s.brokerNodeSchema>;
export type GatewayNode = z.infer<typeof s.gatewayNodeSchema>;
export type GatewayRoute = z.infer<typeof s.gatewayRouteSchema>;
export type ClientNode = z.infer<typeof s.clientNodeSchema>;
export type ExternalNode = z.infer<typeof s.externalNodeSchema>;
export type Link = z.infer<typeof s.linkSchema>;
export type LinkKind = Link['kind'];
export type SyncLink = z.infer<typeof s.syncLinkSchema>;
export type AsyncLink = z.infer<typeof s.asyncLinkSchema>;
export type DataLink = z.infer<typeof s.dataLinkSchema>;
export type RetryPolicy = z.infer<typeof s.retrySchema>;
export type CircuitBreakerPolicy = z.infer<typeof s.circuitBreakerSchema>;
export type BulkheadPolicy = z.infer<typeof s.bulkheadSchema>;
export type Group = z.infer<typeof s.groupSchema>;
export type Saga = z.infer<typeof s.sagaSchema>;
export type SagaStep = z.infer<typeof s.sagaStepSchema>;
export type DecisionInputs = z.infer<typeof s.decisionSchema>;
export type RuleSettings = z.infer<typeof s.ruleSettingsSchema>;
export type Position = z.infer<typeof s.positionSchema>;
export type Size = z.infer<typeof s.sizeSchema>;
export type Latency = z.infer<typeof s.latencySchema>;

/** Node kinds that run code and so can be deployed, scaled and simulated. */
export type RuntimeNode = Exclude<ModelNode, ClientNode>;
