/** What each leaf evaluator returns; evaluate.ts adds the description. */
export interface Outcome {
  passed: boolean;
  detail: string;
}

/** A passed or failed outcome with its detail. */
export const pass = (detail: string): Outcome => ({ passed: true, detail });
export const fail = (detail: string): Outcome => ({ passed: false, detail });
