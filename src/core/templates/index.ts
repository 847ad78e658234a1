import { distributedMonolithTemplate } from './distributed-monolith.ts';
import { ecommerceTemplate } from './ecommerce.ts';
import { monolithTemplate } from './monolith.ts';
import type { Template } from './template.ts';

export type { Template } from './template.ts';
export { ecommerceTemplate, monolithTemplate, distributedMonolithTemplate };

/** Every built-in template, in the order a start screen should offer them. */
export const TEMPLATES: readonly Template[] = [ecommerceTemplate, monolithTemplate, distributedMonolithTemplate];

/** The template with this id, if any. */
export function findTemplate(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
