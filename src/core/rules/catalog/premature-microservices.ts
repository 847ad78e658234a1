import type { Finding, Rule } from '../types.ts';
import { advisesMonolith, VERDICT_LABELS } from '../decision.ts';
import { plural } from '../text.ts';

/** The decision framework advises a monolith, yet the model already has many services. */
export const prematureMicroservices: Rule = {
  id: 'premature-microservices',
  title: 'Premature microservices',
  defaultSeverity: 'warning',
  defaultThreshold: 3,
  thresholdMeaning: 'services; more than this many, while the decision framework advises a monolith, is flagged',
  explanation:
    'Your answers to the decision framework point to a monolith — a small team, unclear boundaries, tight ' +
    'deadlines or unknown requirements — yet the design splits the system into many services. Each split ' +
    'adds network failures, deployment pipelines and distributed data to a team that cannot yet afford ' +
    'them, and boundaries drawn too early are expensive to move. Build a well-structured modular monolith ' +
    'and extract services once the boundaries have proved themselves (the Strangler Fig pattern).',
  pattern: { name: 'Decision framework; Strangler Fig', catalogueSection: 'Decision Framework: When to Use Microservices' },
  never: 'Starting with Microservices: Always start with a well-structured monolith',
  check(ctx) {
    const { threshold, emit } = ctx.use(prematureMicroservices);
    const decision = ctx.decision;
    if (!advisesMonolith(decision.verdict)) return [];
    const services = ctx.nodes.filter((n) => n.kind === 'service').map((n) => n.id);
    if (services.length <= threshold) return [];
    const why = decision.reasons.map((r) => r.row.toLowerCase()).join('; ');
    const finding: Finding = emit({
      message: `The decision framework says "${VERDICT_LABELS[decision.verdict]}" (${why}), yet the model has ${plural(services.length, 'service')} (more than ${threshold}).`,
      nodes: services,
      links: [],
      data: { verdict: decision.verdict, services: services.length },
    });
    return [finding];
  },
};
