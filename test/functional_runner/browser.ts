/**
 * The `browser` and `testSubjects` services on playwright-core, driving Debian's Chromium headless, with Kibana's
 * semantics: `exists` waits up to `waitForExists` for a displayed element, `missingOrFail` waits for it to go,
 * `find` waits up to `find`, and test-subject selectors follow @kbn/test-subj-selector.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type {
  Browser,
  ExistsOptions,
  TestSubjects,
  WebElementWrapper,
} from '../functional/ftr_provider_context';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags that keep Chromium headless, sandbox-free (containers) and off the network. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const WINDOW_SIZE = { width: 1600, height: 1000 };

export interface BrowserSession {
  page: Page;
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium with a fresh user data dir, removed on close. */
export async function launchBrowser(): Promise<BrowserSession> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'case-access-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: WINDOW_SIZE,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    context,
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** @kbn/test-subj-selector: `a b` / `a > b` descendants, `~a` a word in the attribute, `a&b` both on one element. */
export function testSubjSelector(selector: string): string {
  const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const term = (t: string) =>
    t
      .split('&')
      .map((part) =>
        part.startsWith('~')
          ? `[data-test-subj~=${quote(part.slice(1))}]`
          : `[data-test-subj=${quote(part)}]`
      )
      .join('');
  return selector
    .replace(/\s*~\s*/g, ' ~')
    .replace(/\s*>\s*/g, ' ')
    .replace(/\s*&\s*/g, '&')
    .trim()
    .split(/\s+/)
    .map(term)
    .join(' ');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function wrap(locator: Locator): WebElementWrapper {
  return {
    click: () => locator.click(),
    getVisibleText: async () => (await locator.innerText()).trim(),
    getAttribute: async (name) => (await locator.getAttribute(name)) ?? '',
    isDisplayed: () => locator.isVisible(),
    type: (value) => locator.pressSequentially(Array.isArray(value) ? value.join('') : value),
    clearValue: () => locator.fill(''),
  };
}

export function createTestSubjects(
  page: Page,
  timeouts: { find: number; waitForExists: number; try: number }
): TestSubjects {
  const visible = (selector: string) =>
    page.locator(testSubjSelector(selector)).locator('visible=true');

  async function exists(selector: string, options: ExistsOptions = {}) {
    const { timeout = timeouts.waitForExists, allowHidden = false } = options;
    const locator = allowHidden ? page.locator(testSubjSelector(selector)) : visible(selector);
    // Playwright reads a timeout of 0 as "wait forever"; Kibana's 0 means "look once".
    if (timeout <= 0) return (await locator.count()) > 0;
    try {
      await locator.first().waitFor({ state: allowHidden ? 'attached' : 'visible', timeout });
      return true;
    } catch {
      return false;
    }
  }

  async function find(selector: string, timeout = timeouts.find) {
    const locator = visible(selector).first();
    try {
      await locator.waitFor({ state: 'visible', timeout });
    } catch {
      throw new Error(`testSubject(${selector}) was not found within ${timeout}ms`);
    }
    return { locator, element: wrap(locator) };
  }

  return {
    exists,
    existOrFail: async (selector, options) => {
      if (!(await exists(selector, { timeout: timeouts.try, ...options }))) {
        throw new Error(`expected testSubject(${selector}) to exist`);
      }
    },
    missingOrFail: async (selector, options = {}) => {
      const { timeout = timeouts.waitForExists, allowHidden = false } = options;
      const locator = allowHidden ? visible(selector) : page.locator(testSubjSelector(selector));
      const deadline = Date.now() + timeout;
      while ((await locator.count()) > 0) {
        if (Date.now() > deadline)
          throw new Error(`expected testSubject(${selector}) to be missing`);
        await sleep(100);
      }
    },
    click: async (selector, timeout) => {
      const { locator } = await find(selector, timeout);
      await locator.click();
    },
    find: async (selector, timeout) => (await find(selector, timeout)).element,
    findAll: async (selector) => {
      const all = await visible(selector).all();
      return all.map(wrap);
    },
    getVisibleText: async (selector) => (await find(selector)).element.getVisibleText(),
    getAttribute: async (selector, attribute) =>
      (await find(selector)).element.getAttribute(attribute),
    selectValue: async (selector, value) => {
      const { locator } = await find(selector);
      await locator.selectOption(value);
    },
    setValue: async (selector, text) => {
      const { locator } = await find(selector);
      // The test subject may wrap the input (EUI often puts it on a container): fill what has focus after a click.
      await locator.click();
      const tag = await locator.evaluate((el) => el.tagName);
      const target = ['INPUT', 'TEXTAREA', 'SELECT'].includes(tag)
        ? locator
        : page.locator(':focus');
      await target.fill(text);
    },
  };
}

const KEYS = { ENTER: 'Enter', ESCAPE: 'Escape', TAB: 'Tab' };

export function createBrowserService(page: Page): Browser {
  return {
    keys: KEYS,
    get: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    getCurrentUrl: async () => page.url(),
    refresh: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    pressKeys: async (...keys) => {
      for (const key of keys) await page.keyboard.press(key);
    },
    setWindowSize: (width, height) => page.setViewportSize({ width, height }),
    // Selenium's executeScript: a function's source is sent and called with the (serialisable) arguments.
    execute: async (fn, ...args) =>
      typeof fn === 'string'
        ? page.evaluate(fn)
        : page.evaluate(([source, values]) => (0, eval)(`(${source})`)(...values), [
            fn.toString(),
            args,
          ] as const),
  };
}
