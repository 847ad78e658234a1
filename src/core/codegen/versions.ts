/**
 * Exact versions the generated workspace pins, checked with `npm view` to install and run on Node 20
 * (cockatiel 4 needs Node 22, so the 3.x line). Bump them together and rerun the integration test.
 */
export const GENERATED_NODE_RANGE = '>=20.19';

export const GENERATED_DEPENDENCIES = {
  cockatiel: '3.2.1',
  fastify: '5.12.8',
  kafkajs: '2.2.4',
  tsx: '4.23.15',
} as const;

export const GENERATED_DEV_DEPENDENCIES = {
  '@types/node': '20.19.43',
  typescript: '6.0.3',
} as const;
