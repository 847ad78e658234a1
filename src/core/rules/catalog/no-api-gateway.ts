import { LINK, NODE } from '../context.ts';
import type { Finding, Rule } from '../types.ts';
import { listNames, plural } from '../text.ts';
import { addGatewayFix } from '../fixes/add-gateway.ts';

// Kind and policy codes as module constants: hot loops compare plain numbers, not object properties.
const LINK_SYNC = LINK.sync;
const NODE_CLIENT = NODE.client;
const NODE_SERVICE = NODE.service;

/** A client calling several internal services directly. */
export const noApiGateway: Rule = {
  id: 'no-api-gateway',
  title: 'No API gateway',
  defaultSeverity: 'warning',
  defaultThreshold: 1,
  thresholdMeaning: 'internal services one client may call directly; more is flagged',
  explanation:
    'A client calls several internal services directly. Every service is then exposed to the internet ' +
    'with its own authentication, rate limiting and CORS to get right, the client must know the internal ' +
    'topology, and splitting or renaming a service breaks released apps. A gateway is the single entry ' +
    'point: it routes, aggregates and applies cross-cutting policies in one place.',
  pattern: { name: 'API gateway', catalogueSection: 'API Gateway Pattern' },
  quickFix: addGatewayFix,
  check(ctx) {
    const { threshold, emit } = ctx.use(noApiGateway);
    const { offsets, targets, edges } = ctx.out;
    const owner = new Int32Array(ctx.nodes.length).fill(-1);
    const findings: Finding[] = [];
    for (let v = 0; v < ctx.nodes.length; v++) {
      if (ctx.nodeKind[v] !== NODE_CLIENT) continue;
      const services: number[] = [];
      const links: string[] = [];
      for (let s = offsets[v]!; s < offsets[v + 1]!; s++) {
        const w = targets[s]!;
        const l = edges[s]!;
        if (ctx.linkKind[l] !== LINK_SYNC || ctx.nodeKind[w] !== NODE_SERVICE) continue;
        links.push(ctx.linkIds[l]!);
        if (owner[w] === v) continue;
        owner[w] = v;
        services.push(w);
      }
      if (services.length <= threshold) continue;
      const id = ctx.nodeIds[v]!;
      findings.push(
        emit({
          message: `${ctx.label(v)} calls ${plural(services.length, 'internal service')} directly (${listNames(services.map((w) => ctx.label(w)))}): put an API gateway in front as the single entry point.`,
          nodes: [id, ...services.map((w) => ctx.nodeIds[w]!)],
          links,
          data: { client: id },
        }),
      );
    }
    return findings;
  },
};
