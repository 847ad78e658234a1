/**
 * The catalogue's decision framework ("When to Use Microservices") as a pure function. The table rows are
 * quoted verbatim so the panel and the CLI can show the user exactly which lines of the catalogue applied.
 */
import type { DecisionInputs } from '../model/index.ts';

export type Verdict =
  | 'start-with-monolith'
  | 'consider-microservices'
  | 'microservices-work-well'
  | 'monolith-first-extract-later'
  | 'not-enough-information';

export interface DecisionReason {
  /** The catalogue's "If you have..." cell. */
  readonly row: string;
  /** The catalogue's "Then..." cell. */
  readonly then: string;
}

export interface Decision {
  readonly verdict: Verdict;
  /** Every catalogue row the answers match, in table order (the rule of thumb last when it applied). */
  readonly reasons: readonly DecisionReason[];
  readonly ruleOfThumb: string;
  /** How many of the six questions have an answer. */
  readonly answered: number;
}

export const RULE_OF_THUMB = "If you can't define clear service boundaries, you're not ready for microservices.";

/** The catalogue table, verbatim, in its own order. */
export const DECISION_ROWS = {
  smallTeam: { row: 'Small team (<5 devs), simple domain', then: 'Start with monolith' },
  independentDeployment: { row: 'Need independent deployment/scaling', then: 'Consider microservices' },
  multipleTeams: { row: 'Multiple teams, clear domain boundaries', then: 'Microservices work well' },
  tightDeadlines: { row: 'Tight deadlines, unknown requirements', then: 'Monolith first, extract later' },
} as const satisfies Record<string, DecisionReason>;

const UNCLEAR_BOUNDARIES: DecisionReason = {
  row: "Can't define clear service boundaries",
  then: "You're not ready for microservices (rule of thumb)",
};

/** Human labels for the verdicts, as the catalogue words them. */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  'start-with-monolith': 'Start with monolith',
  'consider-microservices': 'Consider microservices',
  'microservices-work-well': 'Microservices work well',
  'monolith-first-extract-later': 'Monolith first, extract later',
  'not-enough-information': 'Not enough information yet',
};

const QUESTIONS = ['teamSize', 'teams', 'boundariesClear', 'independentDeployment', 'tightDeadlines', 'requirementsKnown'] as const;

/**
 * Gives the catalogue's verdict for the answers given.
 *
 * Row matching: "small team" is teamSize < 5 (the domain's simplicity is not asked); "multiple teams,
 * clear boundaries" needs teams ≥ 2 AND boundariesClear; "tight deadlines, unknown requirements" matches
 * on either half, since each alone argues for deferring the split; "independent deployment" is its flag.
 *
 * Precedence, most cautious first, because the catalogue's NEVER list says "always start with a
 * well-structured monolith" and its rule of thumb overrides the table:
 *   1. nothing answered                        → not-enough-information
 *   2. boundariesClear === false (rule of thumb) → start-with-monolith
 *   3. small team                              → start-with-monolith
 *   4. tight deadlines / unknown requirements  → monolith-first-extract-later
 *   5. multiple teams with clear boundaries    → microservices-work-well
 *   6. independent deployment/scaling needed   → consider-microservices
 *   7. answers given but no row matches        → not-enough-information
 */
export function decide(inputs: DecisionInputs = {}): Decision {
  const answered = QUESTIONS.filter((q) => inputs[q] !== undefined).length;
  const smallTeam = inputs.teamSize !== undefined && inputs.teamSize < 5;
  const independent = inputs.independentDeployment === true;
  const multipleTeams = inputs.teams !== undefined && inputs.teams >= 2 && inputs.boundariesClear === true;
  const deadlines = inputs.tightDeadlines === true || inputs.requirementsKnown === false;
  const unclear = inputs.boundariesClear === false;

  const reasons: DecisionReason[] = [];
  if (smallTeam) reasons.push(DECISION_ROWS.smallTeam);
  if (independent) reasons.push(DECISION_ROWS.independentDeployment);
  if (multipleTeams) reasons.push(DECISION_ROWS.multipleTeams);
  if (deadlines) reasons.push(DECISION_ROWS.tightDeadlines);
  if (unclear) reasons.push(UNCLEAR_BOUNDARIES);

  let verdict: Verdict;
  if (answered === 0) verdict = 'not-enough-information';
  else if (unclear || smallTeam) verdict = 'start-with-monolith';
  else if (deadlines) verdict = 'monolith-first-extract-later';
  else if (multipleTeams) verdict = 'microservices-work-well';
  else if (independent) verdict = 'consider-microservices';
  else verdict = 'not-enough-information';

  return { verdict, reasons, ruleOfThumb: RULE_OF_THUMB, answered };
}

/** True when the verdict advises a monolith (for now). */
export function advisesMonolith(verdict: Verdict): boolean {
  return verdict === 'start-with-monolith' || verdict === 'monolith-first-extract-later';
}
