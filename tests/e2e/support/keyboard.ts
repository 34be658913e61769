/**
 * Operating the app with the keyboard alone, as a person without a mouse would: Tab and
 * Shift+Tab move the focus to a control, Enter and Space activate it, arrow keys choose in a
 * select, and text is typed. No helper here clicks.
 */
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';

/** Moves the focus with Tab (or Shift+Tab when the target comes earlier) until it is on `target`. */
export async function tabTo(page: Page, target: Locator, max = 400): Promise<number> {
  await target.waitFor({ state: 'visible' });
  const handle = await target.elementHandle();
  assert.ok(handle, 'the target exists');
  for (let presses = 0; presses < max; presses++) {
    const where = await handle.evaluate((el) => {
      const active = document.activeElement;
      if (active === el) return 'here';
      if (!active || active === document.body) return 'after';
      // DOCUMENT_POSITION_FOLLOWING (4): the target comes after the focused element.
      return active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before';
    });
    if (where === 'here') return presses;
    await page.keyboard.press(where === 'after' ? 'Tab' : 'Shift+Tab');
  }
  throw new Error(`Tab did not reach ${target} in ${max} presses`);
}

/** Tabs to a control and presses Enter (links, buttons, submitting a form from a field). */
export async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** Tabs to a checkbox and toggles it with Space. */
export async function toggle(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Space');
}

/** Tabs to a text field, selects what is in it and types over it. */
export async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('ControlOrMeta+A');
  if (text === '') await page.keyboard.press('Delete');
  else await page.keyboard.type(text);
}

/** Tabs to a <select> and moves through its options with the arrow keys until `label` is chosen. */
export async function chooseOption(page: Page, select: Locator, label: string): Promise<void> {
  await tabTo(page, select);
  const labels = await select.evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.text));
  const want = labels.indexOf(label);
  assert.ok(want >= 0, `option "${label}" among ${labels.join(', ')}`);
  for (let i = 0; i < labels.length + 1; i++) {
    const index = await select.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
    if (index === want) return;
    await page.keyboard.press(index < want ? 'ArrowDown' : 'ArrowUp');
  }
  throw new Error(`could not choose "${label}" with the arrow keys`);
}
