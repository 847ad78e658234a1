import type { Page } from '@playwright/test';
import LZString from 'lz-string';
import { test, expect } from './fixtures.ts';
import type { Editor } from './editor.ts';
import { encodeLessonFragment, getLesson, type Lesson } from '../src/core/teaching/index.ts';

/** The lesson player's check card reaches a status ("passed", "failed", …). */
async function expectCheck(page: Page, status: string): Promise<void> {
  await expect(page.getByTestId('lesson-check')).toHaveAttribute('data-status', status);
}

/** Clears the selection by clicking empty canvas, so the inspector shows the model and its decision questions. */
async function selectNothing(page: Page): Promise<void> {
  await page.locator('.react-flow__pane').click({ position: { x: 8, y: 8 } });
  await expect(page.getByTestId('section-decision')).toBeVisible();
}

async function answer(page: Page, field: 'teamSize' | 'teams', value: string): Promise<void> {
  const input = page.getByTestId(`field-${field}`);
  await input.fill(value);
  await input.press('Enter');
}

async function choose(page: Page, question: string, choice: 'yes' | 'no'): Promise<void> {
  await page.getByTestId(`field-${question}-${choice}`).check({ force: true });
  await expect(page.getByTestId(`field-${question}`)).toHaveAttribute('data-value', choice);
}

async function newServiceId(editor: Editor, before: readonly string[]): Promise<string> {
  await expect.poll(async () => (await editor.nodeIds()).length).toBe(before.length + 1);
  const added = (await editor.nodeIds()).find((id) => !before.includes(id));
  if (!added) throw new Error('no new node');
  return added;
}

test.describe('teaching', () => {
  test('a whole lesson, played through with the real editor: “Should this be microservices at all?”', async ({ editor, page }) => {
    await editor.open();
    await page.getByTestId('menu-learn').click();
    await page.getByTestId('menu-learn-lessons').click();
    await expect(page.getByTestId('lessons-panel')).toBeVisible();
    await page.getByTestId('lesson-start-should-this-be-microservices').click();

    // The lesson's start model opens as a new document.
    const player = page.getByTestId('lesson-player');
    await expect(player).toBeVisible();
    await expect(page.getByTestId('model-name')).toHaveText('Startup shop');
    await expect(editor.nodesOfKind('service')).toHaveCount(6);
    await expect(page.getByTestId('lesson-step-index')).toHaveText('Step 1 of 3');
    await expectCheck(page, 'failed');
    await expect(page.getByTestId('lesson-next')).toBeDisabled();

    // Step 1: answer the decision questions in the inspector.
    await page.getByTestId('lesson-hint-button').click();
    await expect(page.getByTestId('lesson-hint')).toHaveCount(1);
    await selectNothing(page);
    await answer(page, 'teamSize', '4');
    await answer(page, 'teams', '1');
    await choose(page, 'boundariesClear', 'no');
    await choose(page, 'tightDeadlines', 'yes');
    await choose(page, 'requirementsKnown', 'no');
    await expectCheck(page, 'passed');
    await expect(page.getByTestId('lesson-step-pill-0')).toHaveClass(/is-done/);
    await page.getByTestId('lesson-next').click();

    // Step 2: merge the six services into one application behind the gateway.
    await expect(page.getByTestId('lesson-step-index')).toHaveText('Step 2 of 3');
    await expectCheck(page, 'failed');
    const six = ['catalog-service', 'cart-service', 'checkout-service', 'payment-service', 'user-service', 'notification-service'];
    await editor.node(six[0]!).click();
    for (const id of six.slice(1)) await editor.node(id).click({ modifiers: ['Shift'] });
    await expect(page.locator('.arch-node.is-selected')).toHaveCount(6);
    await page.keyboard.press('Delete');
    await expect(editor.nodesOfKind('service')).toHaveCount(0);
    const before = await editor.nodeIds();
    await editor.clickPalette('service');
    const shop = await newServiceId(editor, before);
    await editor.connect('api-gateway', shop);
    await expect(page.locator('.link-path--sync')).toHaveCount(2);
    await expectCheck(page, 'passed');
    await page.getByTestId('lesson-next').click();

    // Step 3: a year later, the answers change and so does the verdict.
    await expect(page.getByTestId('lesson-step-index')).toHaveText('Step 3 of 3');
    await expectCheck(page, 'failed');
    await selectNothing(page);
    await answer(page, 'teamSize', '18');
    await answer(page, 'teams', '3');
    await choose(page, 'boundariesClear', 'yes');
    await choose(page, 'independentDeployment', 'yes');
    await choose(page, 'tightDeadlines', 'no');
    await choose(page, 'requirementsKnown', 'yes');
    await expectCheck(page, 'passed');
    await expect(page.getByTestId('lesson-next')).toHaveText(/Finish/);
    await page.getByTestId('lesson-next').click();
    await expect(page.getByTestId('lesson-complete')).toBeVisible();

    // Progress is kept for this learner: the list says so after a reload too.
    await editor.waitSaved();
    await page.reload();
    await expect(page.getByTestId('toolbar')).toBeVisible();
    await expect(page.getByTestId('lesson-complete')).toBeVisible();
    await page.getByTestId('lesson-done').click();
    await expect(page.getByTestId('lesson-item-should-this-be-microservices')).toContainText('completed');
  });

  test('presenter mode: entered and left with the keyboard; arrows, findings and the laser work', async ({ editor, page }) => {
    await editor.open();
    await editor.newFromTemplate('distributed-monolith');
    await expect(page.getByTestId('palette')).toBeVisible();

    await page.keyboard.press('ControlOrMeta+Alt+KeyP');
    await expect(page.getByTestId('presenter-hud')).toBeVisible();
    await expect(page.locator('html')).toHaveClass(/is-presenting/);
    await expect(page.getByTestId('toolbar')).toBeHidden();
    await expect(page.getByTestId('palette')).toBeHidden();
    await expect(page.getByTestId('inspector')).toBeHidden();

    // Findings one at a time.
    await page.keyboard.press('n');
    await expect(page.getByTestId('presenter-finding')).toHaveCount(1);
    await page.keyboard.press('n');
    await expect(page.getByTestId('presenter-finding')).toHaveCount(2);
    await expect(page.locator('.arch-node.is-highlighted').first()).toBeVisible();
    await page.keyboard.press('Shift+N');
    await expect(page.getByTestId('presenter-finding')).toHaveCount(1);

    // No lesson, no simulation: the arrows say so instead of doing something surprising.
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('presenter-flash')).toContainText('Nothing to step through');

    // The laser: tap L, move over a node, it lights up.
    await page.keyboard.press('l');
    await expect(page.getByTestId('presenter-laser-toggle')).toHaveAttribute('aria-pressed', 'true');
    const node = page.locator('.arch-node').first();
    const box = (await node.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await expect(page.getByTestId('presenter-laser')).toBeVisible();
    await expect(node).toHaveClass(/is-highlighted/);
    await page.keyboard.press('l');
    await expect(page.getByTestId('presenter-laser')).toHaveCount(0);

    // Escape leaves (whether or not the browser granted full screen), and the editor is back.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('presenter-hud')).toHaveCount(0);
    await expect(page.locator('html')).not.toHaveClass(/is-presenting/);
    await expect(page.getByTestId('toolbar')).toBeVisible();
    await expect(page.getByTestId('palette')).toBeVisible();
    expect(await page.evaluate(() => document.fullscreenElement === null)).toBe(true);

    // The same shortcut enters and leaves.
    await page.keyboard.press('ControlOrMeta+Alt+KeyP');
    await expect(page.getByTestId('presenter-hud')).toBeVisible();
    await page.keyboard.press('ControlOrMeta+Alt+KeyP');
    await expect(page.getByTestId('presenter-hud')).toHaveCount(0);
    await expect(page.getByTestId('toolbar')).toBeVisible();
  });

  test('the pattern library: apply the circuit breaker to a selected link, one undo step', async ({ editor, page }) => {
    await editor.open();
    await editor.dragPalette('service', { x: 250, y: 250 });
    await editor.dragPalette('service', { x: 650, y: 250 });
    const [from, to] = await editor.nodeIds();
    await editor.connect(from!, to!);
    await expect(page.locator('.link-path--sync')).toHaveCount(1);
    await expect(page.locator('.link-badge--breaker')).toHaveCount(0);

    // Open the library (Ctrl/Cmd+Alt+B) and find the breaker by searching.
    await page.locator('.react-flow__pane').click({ position: { x: 8, y: 8 } });
    await page.keyboard.press('ControlOrMeta+Alt+KeyB');
    await expect(page.getByTestId('library-panel')).toBeVisible();
    await page.getByTestId('library-search').fill('breaker');
    await page.getByTestId('library-entry-circuit-breaker').click();
    await expect(page.getByTestId('library-entry-title')).toHaveText('Circuit breaker');
    await expect(page.getByTestId('library-diagram').locator('svg')).toBeVisible();
    await expect(page.getByTestId('library-rules')).toContainText('missing-circuit-breaker');

    // Nothing selected: the button says why it cannot apply.
    await expect(page.getByTestId('library-apply')).toBeDisabled();
    await expect(page.getByTestId('library-apply-reason')).toBeVisible();

    // Select the link on the canvas: now it applies, as one undo step.
    const line = (await page.locator('.link-path--sync').first().boundingBox())!;
    await page.mouse.click(line.x + line.width / 2, line.y + line.height / 2);
    await expect(page.getByTestId('field-link-kind')).toHaveValue('sync');
    await expect(page.getByTestId('library-apply')).toBeEnabled();
    await page.getByTestId('library-apply').click();
    await expect(page.locator('.link-badge--breaker')).toHaveText('CB');
    await expect(page.getByTestId('toggle-breaker')).toBeChecked();
    await expect(page.getByTestId('toggle-timeout')).toBeChecked();
    await expect(page.getByTestId('notices')).toContainText('done');
    await expect(page.getByTestId('library-apply')).toBeDisabled();

    await page.getByTestId('undo').click();
    await expect(page.locator('.link-badge--breaker')).toHaveCount(0);
    await expect(page.getByTestId('toggle-timeout')).not.toBeChecked();
    await page.getByTestId('redo').click();
    await expect(page.locator('.link-badge--breaker')).toHaveText('CB');
  });

  test('a finding links to its library entry', async ({ editor, page }) => {
    await editor.open();
    await editor.dragPalette('service', { x: 250, y: 250 });
    await editor.dragPalette('service', { x: 650, y: 250 });
    const [from, to] = await editor.nodeIds();
    await editor.connect(from!, to!);
    await editor.shortcut('Mod+Shift+m');
    const group = page.locator('[data-testid="finding-group"][data-rule="missing-circuit-breaker"]');
    await group.getByTestId('rule-info').click();
    await group.getByTestId('rule-learn').click();
    await expect(page.getByTestId('library-entry-view')).toHaveAttribute('data-entry', 'circuit-breaker');
  });

  test('a lesson link opens its lesson (not as a model link); a broken one says where it is broken', async ({ editor, page }) => {
    const lesson: Lesson = { ...getLesson('own-database')!, id: 'class-7-databases', title: 'Class 7: databases' };
    await editor.open(`/#${encodeLessonFragment(lesson)}`);
    await expect(page.getByTestId('lesson-title')).toHaveText('Class 7: databases');
    await expect(page.getByTestId('model-name')).toHaveText(lesson.start.name);
    await expect(page.getByTestId('load-error')).toHaveCount(0);
    expect(new URL(page.url()).hash).toBe('');

    const broken = { ...lesson, steps: [{ ...lesson.steps[0]!, check: { findings: { rule: 'shared-database' } } }] };
    await editor.open(`/#lesson=${LZString.compressToEncodedURIComponent(JSON.stringify(broken))}`);
    const dialog = page.getByTestId('load-error');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Could not open the lesson link');
    await expect(dialog).toContainText('steps[0].check');
    await expect(dialog).toContainText('did you mean "finding"');
  });
});
