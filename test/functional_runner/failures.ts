/** On a failed test or hook: a screenshot and the page's HTML in test/functional/failures/ (git-ignored). */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const FAILURES_DIR = path.resolve(__dirname, '..', 'functional', 'failures');

const MAX_NAME_LENGTH = 120;

export function failureBaseName(title: string): string {
  const safe = title
    .replace(/[^a-zA-Z0-9_-]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, MAX_NAME_LENGTH);
  return safe || 'failure';
}

/** Saves `<name>.png` and `<name>.html`; never throws (a failed capture must not hide the test failure). */
export async function captureFailure(page: Page, title: string): Promise<string[]> {
  const base = path.join(FAILURES_DIR, failureBaseName(title));
  const written: string[] = [];
  try {
    fs.mkdirSync(FAILURES_DIR, { recursive: true });
    await page.screenshot({ path: `${base}.png`, fullPage: true });
    written.push(`${base}.png`);
    fs.writeFileSync(`${base}.html`, await page.content());
    written.push(`${base}.html`);
  } catch (error) {
    console.error(`could not save the failure artefacts of "${title}": ${String(error)}`);
  }
  return written;
}
