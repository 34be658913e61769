/**
 * What every page must pass: axe-core finds no accessibility violation (WCAG 2.1 A and AA and
 * best practices), the page does not scroll sideways at 360 px, and a screenshot of it is kept
 * under test-artifacts/screenshots for people to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const ROOT = join(import.meta.dirname, '../../..');
export const SCREENSHOTS = join(ROOT, 'test-artifacts/screenshots');

export interface AuditRow {
  page: string;
  violations: number;
  passes: number;
  overflow360: boolean;
  details: string[];
}

export const auditRows: AuditRow[] = [];

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  // A modal dialog is fixed to the viewport: a full-page picture would show it out of place.
  const modal = await page.evaluate(() => document.querySelector('dialog[open]') !== null);
  await page.screenshot({ path, fullPage: !modal });
  return path;
}

/** Elements that stick out to the right of a 360 px page (inside scroll regions they may). */
async function overflowAt360(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const box = el.getBoundingClientRect();
      if (box.right <= width + 1 || box.width === 0) continue;
      let scrolled = false;
      for (let p = el.parentElement; p; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (style.overflowX === 'auto' || style.overflowX === 'scroll' || style.overflowX === 'hidden')
          scrolled = true;
      }
      if (!scrolled)
        out.push(
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className} (right ${Math.round(box.right)})`,
        );
    }
    return out.length > 0
      ? out.slice(0, 5)
      : [`scrollWidth ${document.documentElement.scrollWidth} > ${width}`];
  });
}

/** Audits the page as it is now; returns the row, which the caller asserts on. */
export async function auditPage(page: Page, name: string): Promise<AuditRow> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const details = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join('; ')}`,
  );
  await screenshot(page, name);
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  await page.setViewportSize({ width: 360, height: 800 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const overflow = await overflowAt360(page);
  await screenshot(page, `${name}-360`);
  await page.setViewportSize(viewport);
  const row: AuditRow = {
    page: name,
    violations: result.violations.length,
    passes: result.passes.length,
    overflow360: overflow.length > 0,
    details: [...details, ...overflow.map((o) => `overflow at 360 px: ${o}`)],
  };
  auditRows.push(row);
  return row;
}

export function auditTable(rows: AuditRow[] = auditRows): string {
  const width = Math.max(4, ...rows.map((r) => r.page.length));
  const lines = [
    `${'page'.padEnd(width)} | violations | passes | 360 px`,
    `${'-'.repeat(width)}-|------------|--------|-------`,
    ...rows.map(
      (r) =>
        `${r.page.padEnd(width)} | ${String(r.violations).padStart(10)} | ${String(r.passes).padStart(6)} | ${r.overflow360 ? 'SCROLLS' : 'fits'}`,
    ),
  ];
  for (const r of rows) for (const d of r.details) lines.push(`  ${r.page}: ${d}`);
  return lines.join('\n');
}

/** Runs a journey; on failure keeps a screenshot of where it stopped, then fails as it would have. */
export async function keepFailureShot<T>(page: Page, name: string, journey: () => Promise<T>): Promise<T> {
  try {
    return await journey();
  } catch (error) {
    await screenshot(page, `FAILED-${name}`).catch(() => undefined);
    throw error;
  }
}
