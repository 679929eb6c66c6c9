/**
 * In-browser checks for one loaded page, shared by the specs that crawl every page:
 * what the page asks of other origins, CSP violations, console errors, reflow, zoomed text,
 * keyboard access. Each returns plain problem lines (empty = fine).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, ConsoleMessage, Page, Request } from '@playwright/test';

/** The exact address the contact form posts to (the local fake Formspree in a test build). */
export function formEndpoint(dist = 'dist'): string {
  const html = readFileSync(join(dist, 'de/contact/index.html'), 'utf8');
  const action = /<form\b[^>]*\saction="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`${dist}/de/contact/index.html has no form action`);
  return action.replaceAll('&amp;', '&');
}

export interface PageWatch {
  /** Requests to any origin other than the test server's (data: and blob: aside). */
  foreignRequests: string[];
  consoleErrors: string[];
  /** `securitypolicyviolation` events seen in the page, plus console reports of them. */
  cspViolations(): Promise<string[]>;
  /** Stop listening (when one page is reused for many visits). */
  stop(): void;
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

const recording = new WeakSet<Page>();

/** Start before `page.goto`: records foreign requests, console errors and CSP violations. */
export async function watchPage(page: Page, ownOrigin: string): Promise<PageWatch> {
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  const consoleCsp: string[] = [];
  const onRequest = (request: Request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== ownOrigin) foreignRequests.push(`${request.method()} ${url}`);
  };
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (/Content[- ]Security[- ]Policy/i.test(text)) consoleCsp.push(text);
    consoleErrors.push(`${text} (${message.location().url})`);
  };
  const onError = (error: Error) => consoleErrors.push(`uncaught: ${error.message}`);
  page.on('request', onRequest);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  if (!recording.has(page)) {
    recording.add(page);
    // Runs before any script of every document this page loads (and is not subject to the CSP).
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations?.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`);
      });
    });
  }
  return {
    foreignRequests,
    consoleErrors,
    async cspViolations() {
      const events = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      return [...events, ...consoleCsp];
    },
    stop() {
      page.off('request', onRequest);
      page.off('console', onConsole);
      page.off('pageerror', onError);
    },
  };
}

/** How far the page scrolls sideways (0 = not at all). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Text that is cut off (an element that hides overflowing content) or drawn on top of other
 * text. Screen-reader-only text (clipped to 1 px on purpose) and hidden text are left out.
 */
export function unreadableText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (el: Element) => {
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}> "${text}"`;
    };
    const srOnly = (el: Element) => {
      for (let node: Element | null = el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.clipPath !== 'none' || style.clip !== 'auto') return true;
        const box = node.getBoundingClientRect();
        if (style.overflow !== 'visible' && box.width <= 1 && box.height <= 1) return true;
      }
      return false;
    };
    // Clipped: an element that hides overflow and has more content than room.
    for (const el of document.body.querySelectorAll('*')) {
      if (!el.checkVisibility({ checkVisibilityCSS: true }) || !(el.textContent ?? '').trim()) continue;
      const style = getComputedStyle(el);
      const hidesX = ['hidden', 'clip'].includes(style.overflowX);
      const hidesY = ['hidden', 'clip'].includes(style.overflowY);
      if (!hidesX && !hidesY) continue;
      if (srOnly(el)) continue;
      if ((hidesX && el.scrollWidth > el.clientWidth + 1) || (hidesY && el.scrollHeight > el.clientHeight + 1)) {
        problems.push(`clipped: ${describe(el)} (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`);
      }
    }
    // Overlapping: line boxes of two different text nodes drawn over each other.
    const lines: { rect: DOMRect; owner: Element; node: Text }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const owner = node.parentElement;
      if (!owner || !node.data.trim() || owner.closest('script, style, noscript, template, [aria-hidden="true"]')) continue;
      if (!owner.checkVisibility({ checkVisibilityCSS: true, opacityProperty: true }) || srOnly(owner)) continue;
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.width > 1 && rect.height > 1) lines.push({ rect, owner, node });
    }
    const seen = new Set<string>();
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length; j++) {
        const a = lines[i]!;
        const b = lines[j]!;
        if (a.node === b.node) continue;
        const width = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const height = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (width <= 2 || height <= 2) continue;
        const smaller = Math.min(a.rect.width * a.rect.height, b.rect.width * b.rect.height);
        if (width * height < 0.3 * smaller) continue;
        const key = `${describe(a.owner)} / ${describe(b.owner)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        problems.push(`overlapping text: ${key}`);
      }
    }
    return problems;
  });
}

/**
 * Tabs through the whole page from the top. Every focusable, visible element must be reached,
 * and each must look different when focused (outline or box-shadow on it or a parent, as with
 * the service cards' `:focus-within`). The page records each focus itself, so the Tab presses
 * need no round trip each. Returns the problems and the first element reached.
 */
export async function keyboardWalk(page: Page): Promise<{ problems: string[]; first: string }> {
  const count = await page.evaluate(() => {
    // Start from the top of the document, whatever happened before: Chromium (from 150 on)
    // moves its "sequential focus navigation starting point" to whatever was last scrolled into
    // view or clicked, so a bare Tab would start there. Focusing a throw-away, unfocusable-by-Tab
    // element placed first in <body> sets that starting point explicitly, as the HTML standard
    // defines it (the focused element), in every browser.
    document.getElementById('__walk-start')?.remove();
    const start = document.createElement('span');
    start.id = '__walk-start';
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus({ preventScroll: true });
    // A group of radio buttons is one Tab stop (arrow keys move inside it): its checked button, or its first.
    const isRadioTabStop = (el: HTMLElement) => {
      if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name || !el.form) return true;
      const group = [...el.form.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((radio) => radio.name === el.name);
      return el === (group.find((radio) => radio.checked) ?? group[0]);
    };
    const focusable =
      'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [contenteditable=""], [contenteditable="true"], [tabindex]';
    const list = [...document.querySelectorAll<HTMLElement>(focusable)].filter(
      (el) =>
        el.tabIndex >= 0 &&
        !el.closest('[inert]') &&
        !(el as HTMLButtonElement).disabled &&
        el.checkVisibility({ checkVisibilityCSS: true }) &&
        isRadioTabStop(el),
    );
    const look = (el: Element) => {
      const parts: string[] = [];
      for (let node: Element | null = el; node && node !== document.documentElement; node = node.parentElement) {
        const style = getComputedStyle(node);
        parts.push(`${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`);
      }
      return parts.join(' / ');
    };
    const describe = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.getAttribute('href') ? ` href="${el.getAttribute('href')}"` : ''}> "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    const unfocused = list.map(look);
    const steps: { index: number; description: string; visible: boolean; onScreen: boolean }[] = [];
    document.addEventListener('focusin', (event) => {
      const el = event.target as Element;
      const index = list.indexOf(el as HTMLElement);
      const box = el.getBoundingClientRect();
      steps.push({
        index,
        description: describe(el),
        visible: index < 0 || look(el) !== unfocused[index],
        onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.left < innerWidth,
      });
    });
    (window as unknown as { __keyboard: unknown }).__keyboard = {
      steps,
      missed: () => list.filter((_, i) => !steps.some((step) => step.index === i)).map(describe),
    };
    return list.length;
  });
  // One more than the elements: the last press leaves the page (or wraps to the first element).
  await pressTab(page, count + 1);
  const { steps, missed } = await page.evaluate(() => {
    const state = (
      window as unknown as { __keyboard: { steps: { index: number; description: string; visible: boolean; onScreen: boolean }[]; missed: () => string[] } }
    ).__keyboard;
    document.getElementById('__walk-start')?.remove();
    return { steps: state.steps, missed: state.missed() };
  });
  const problems: string[] = [];
  const seen = new Set<number>();
  for (const step of steps) {
    if (step.index >= 0 && seen.has(step.index)) break; // wrapped around
    seen.add(step.index);
    if (!step.visible) problems.push(`no visible focus indicator on ${step.description}`);
    if (!step.onScreen) problems.push(`focused but not on screen: ${step.description}`);
  }
  for (const description of missed) problems.push(`not reachable by Tab: ${description}`);
  return { problems, first: steps[0]?.description ?? 'nothing' };
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/**
 * Presses Tab `times` times, as real key events (what `page.keyboard.press('Tab')` sends in
 * Chromium), but sent in one go: the browser handles input events in order, so the presses need
 * not wait for each other's round trip, which on a page with 60 links was most of its sweep.
 * The page records where each press lands (keyboardWalk), so nothing is read in between.
 */
export async function pressTab(page: Page, times: number): Promise<void> {
  let session = sessions.get(page);
  if (!session) sessions.set(page, (session = page.context().newCDPSession(page)));
  const cdp = await session;
  const key = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };
  const sent: Promise<unknown>[] = [];
  for (let i = 0; i < times; i++) {
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key }), cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }));
  }
  await Promise.all(sent);
}
