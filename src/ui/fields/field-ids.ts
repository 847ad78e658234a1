/** Ids that tie a control to its hint and error text, so screen readers read them with the control. */
export interface FieldIds {
  control: string;
  hint: string;
  error: string;
}

export function fieldIds(base: string): FieldIds {
  return { control: base, hint: `${base}-hint`, error: `${base}-error` };
}

/** The `aria-describedby` value for a control: its error first (most urgent), then its hint. */
export function describedBy(ids: FieldIds, hasHint: boolean, hasError: boolean): string | undefined {
  const parts = [hasError ? ids.error : null, hasHint ? ids.hint : null].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(' ') : undefined;
}
