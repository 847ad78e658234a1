import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { test, expect } from './fixtures.ts';

test('the code panel shows the drawn breaker in the generated client, and the zip holds the workspace', async ({ editor, page }) => {
  await editor.open();
  await editor.newFromTemplate('ecommerce');
  await editor.node('order-service').click();
  await page.getByTestId('toggle-code').click();
  const panel = page.getByTestId('code-panel');
  await expect(panel).toBeVisible();
  // The selected service's server opens first.
  await expect(page.getByTestId('code-path')).toHaveText('services/order-service/src/server.ts');

  await panel.locator('[data-path="services/order-service/src/clients/payment-service.ts"]').click();
  await expect(page.getByTestId('code-path')).toHaveText('services/order-service/src/clients/payment-service.ts');
  const code = panel.locator('.view-lines');
  // The breaker drawn on order → payment: 5 failures, 30 s recovery, 2 successes.
  await expect(code).toContainText(/ThresholdBreaker\(5,\s2\)/);
  await expect(code).toContainText(/halfOpenAfter:\s30000/);

  const download = page.waitForEvent('download');
  await page.getByTestId('download-zip').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('e-commerce.zip');
  const entries = Object.keys(unzipSync(new Uint8Array(readFileSync((await file.path())!))));
  for (const path of ['package.json', 'docker-compose.yml', 'README.md', 'services/order-service/src/server.ts',
    'services/order-service/src/clients/payment-service.ts', 'services/order-service/src/sagas/order-fulfilment.ts']) {
    expect(entries).toContain(path);
  }
});
