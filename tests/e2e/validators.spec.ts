/**
 * The built files checked by validators this project did not write, as the programs that read
 * them would: the W3C Nu HTML checker (every page, and the SVGs), Python's feedparser (the news
 * feeds), vobject (the contact cards), icalendar (the calendars), and zbar, a real QR decoder,
 * on the handout as it prints. They run from Debian's packages (default-jre-headless,
 * python3-feedparser, python3-vobject, python3-icalendar, zbar-tools; `.ci/run` installs them)
 * and the Nu checker from npm's vnu-jar.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { localeCodes } from '../../src/i18n/locales.ts';
import { hoursSchema } from '../../src/model/schema.ts';
import { contact, frontmatterOf } from '../support/siteContent.ts';
import { testHoursDir } from '../support/testBuild.ts';

const missing = (what: string, install: string) => new Error(`${what} is not installed. On Debian or Ubuntu: sudo apt-get install -y ${install}`);

/** A Python with the given modules: Debian's own first (its packages install there), then the one on PATH. */
function python(modules: readonly string[], packages: string): string {
  for (const candidate of ['/usr/bin/python3', 'python3']) {
    const probe = spawnSync(candidate, ['-c', `import ${modules.join(', ')}`], { stdio: 'ignore' });
    if (probe.status === 0) return candidate;
  }
  throw missing(`Python with ${modules.join(', ')}`, packages);
}

/** Runs a Python program that prints one JSON value. */
function runPython(modules: readonly string[], packages: string, program: string, args: readonly string[]): unknown {
  const output = execFileSync(python(modules, packages), ['-c', program, ...args], { encoding: 'utf8' });
  return JSON.parse(output);
}

const languageFiles = (name: string) => localeCodes.map((lang) => join('dist', lang, name)).filter((path) => existsSync(path));

test('the W3C Nu checker finds no error in any page or SVG', () => {
  test.setTimeout(180_000);
  if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0) throw missing('Java (for the W3C Nu checker)', 'default-jre-headless');
  const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  const errors: string[] = [];
  for (const kind of ['--skip-non-html', '--skip-non-svg'] as const) {
    const run = spawnSync(
      'java',
      ['-jar', jar, '--errors-only', '--format', 'json', ...(kind === '--skip-non-svg' ? ['--also-check-svg'] : []), kind, 'dist'],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const { messages } = JSON.parse(run.stderr || '{"messages":[]}') as { messages: { type: string; url?: string; lastLine?: number; message: string }[] };
    for (const message of messages) errors.push(`${message.url?.replace(/^.*\/dist\//, '') ?? ''}:${message.lastLine ?? ''}: ${message.message}`);
  }
  expect(errors).toEqual([]);
});

test('feedparser reads every news feed without a problem, every entry with a title, link and date', () => {
  const feeds = languageFiles('feed.xml');
  expect(feeds.length).toBe(localeCodes.length);
  const program = `
import feedparser, json, sys
out = []
for path in sys.argv[1:]:
    d = feedparser.parse(path)
    out.append({"path": path, "bozo": bool(d.bozo), "error": str(d.get("bozo_exception", "")), "version": d.version, "title": d.feed.get("title", ""),
                "entries": [{"title": e.get("title", ""), "link": e.get("link", ""), "updated": e.get("updated", "")} for e in d.entries]})
print(json.dumps(out))`;
  const parsed = runPython(['feedparser'], 'python3-feedparser', program, feeds) as {
    path: string;
    bozo: boolean;
    error: string;
    version: string;
    title: string;
    entries: { title: string; link: string; updated: string }[];
  }[];
  for (const feed of parsed) {
    expect(feed.bozo, `${feed.path}: ${feed.error}`).toBe(false);
    expect(feed.version, feed.path).toBe('atom10');
    expect(feed.title, feed.path).not.toBe('');
    for (const entry of feed.entries) {
      expect(entry.title, feed.path).not.toBe('');
      expect(entry.link, feed.path).toMatch(/^https?:\/\//);
      expect(entry.updated, feed.path).not.toBe('');
    }
  }
});

test('vobject reads every contact card: LISKO, its address and every telephone number', () => {
  const cards = languageFiles('lisko.vcf');
  expect(cards.length).toBe(localeCodes.length);
  const program = `
import vobject, json, sys
out = []
for path in sys.argv[1:]:
    card = vobject.readOne(open(path, encoding="utf-8").read())
    out.append({"path": path, "fn": card.fn.value, "version": card.version.value,
                "tel": [t.value for t in card.contents.get("tel", [])],
                "street": card.adr.value.street, "code": card.adr.value.code, "city": card.adr.value.city})
print(json.dumps(out))`;
  const parsed = runPython(['vobject'], 'python3-vobject', program, cards) as {
    path: string;
    fn: string;
    version: string;
    tel: string[];
    street: string;
    code: string;
    city: string;
  }[];
  const digits = (phone: string) => phone.replace(/\D/g, '');
  for (const card of parsed) {
    expect(card.fn, card.path).toContain('LISKO');
    expect(card.tel.map(digits).sort(), card.path).toEqual(contact.phones.map(digits).sort());
    expect([card.street, card.code, card.city], card.path).toEqual([contact.street, contact.postalCode, contact.city]);
  }
});

test('icalendar reads every calendar: a weekly event per reception slot, in Luxembourg time', () => {
  const calendars = languageFiles('reception.ics');
  expect(calendars.length).toBe(localeCodes.length);
  const program = `
import icalendar, json, sys
out = []
for path in sys.argv[1:]:
    cal = icalendar.Calendar.from_ical(open(path, "rb").read())
    events = [e for e in cal.walk("VEVENT")]
    out.append({"path": path, "weekly": sum(1 for e in events if e.get("RRULE") and e.get("RRULE").get("FREQ") == ["WEEKLY"]),
                "zones": sorted({str(e.get("DTSTART").dt.tzinfo) for e in events if hasattr(e.get("DTSTART").dt, "tzinfo") and e.get("DTSTART").dt.tzinfo}),
                "summaries": all(e.get("SUMMARY") for e in events)})
print(json.dumps(out))`;
  const parsed = runPython(['icalendar'], 'python3-icalendar', program, calendars) as { path: string; weekly: number; zones: string[]; summaries: boolean }[];
  for (const calendar of parsed) {
    // The test build's hours (tests/fixtures/hours/), one weekly event per slot.
    expect(calendar.weekly, calendar.path).toBe(hoursSchema.parse(frontmatterOf(`${testHoursDir}/reception.md`)).slots.length);
    expect(calendar.zones, calendar.path).toEqual(['Europe/Luxembourg']);
    expect(calendar.summaries, calendar.path).toBe(true);
  }
});

test('zbar reads the QR code of the printed handout as the home page of its language', async ({ page }) => {
  if (spawnSync('zbarimg', ['--version'], { stdio: 'ignore' }).status !== 0) throw missing('zbarimg (a QR decoder)', 'zbar-tools');
  const scratch = mkdtempSync(join(tmpdir(), 'lisko-qr-'));
  try {
    await page.emulateMedia({ media: 'print' });
    for (const lang of localeCodes) {
      await page.goto(`/${lang}/handout/`);
      const home = new URL(`/${lang}/`, (await page.locator('link[rel="canonical"]').getAttribute('href'))!).href;
      const image = join(scratch, `${lang}.png`);
      writeFileSync(image, await page.locator('.handout-qr svg').screenshot());
      // stderr: zbar's complaints that this machine has no desktop bus.
      const decoded = execFileSync('zbarimg', ['--quiet', '--raw', image], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      expect(decoded, lang).toBe(home);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
