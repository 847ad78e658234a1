/** The error a superseded or aborted request rejects with; callers check `isAbortError` and ignore it. */
export function abortError(message = 'The layout was cancelled'): Error {
  return new DOMException(message, 'AbortError');
}

/** True for an AbortError from this module, fetch or any AbortSignal. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError';
}
