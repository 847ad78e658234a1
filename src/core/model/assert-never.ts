/** Makes a switch over a union exhaustive: adding a member is a compile error wherever it is unhandled. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
