import { test as base, expect } from '@playwright/test';
import { Editor } from './editor.ts';

/**
 * Every e2e test gets an Editor page object, and fails if the app asks for anything beyond
 * localhost: Faultline must work with no network (no CDN, no fonts, no telemetry).
 */
export const test = base.extend<{ editor: Editor }>({
  editor: async ({ page }, use) => {
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) outside.push(request.url());
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await use(new Editor(page));
    expect(outside, 'requests outside localhost').toEqual([]);
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
