import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { RESULTS_DIR } from './browser.js';

/** Saves the page (whole length) as `web/test-results/<name>.png`. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: join(RESULTS_DIR, `${name}.png`), fullPage });
}

/** The main region's text as a reader sees it: French non-breaking spaces compared as plain spaces. */
export async function visibleText(page: Page, selector = 'main'): Promise<string> {
  return (await page.locator(selector).innerText()).replace(/[\u00a0\u202f]/g, ' ');
}

/**
 * Records, in the page, every distinct text the first element matching `selector` shows until
 * it loses `aria-busy`: how a streamed answer grew. Browser code as a string, since this file
 * is type-checked for Node without the DOM library.
 */
export async function recordStreaming(page: Page, selector: string): Promise<void> {
  await page.evaluate(`(() => {
    window.__streamed = [];
    const seen = () => {
      const element = document.querySelector(${JSON.stringify(selector)});
      const text = element ? element.textContent : '';
      if (text && window.__streamed[window.__streamed.length - 1] !== text) window.__streamed.push(text);
    };
    new MutationObserver(seen).observe(document.body, { subtree: true, childList: true, characterData: true });
  })()`);
}

/** The texts recorded by `recordStreaming`, in order. */
export async function streamedTexts(page: Page): Promise<string[]> {
  return (await page.evaluate('window.__streamed')) as string[];
}

/**
 * Polls `condition` from the test until it holds (the page's CSP forbids the string
 * evaluation `page.waitForFunction` needs), failing after `timeoutMs`.
 */
export async function waitUntil(what: string, condition: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
