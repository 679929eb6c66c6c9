/**
 * Checks every content file before the build and reports all problems at once, one plain line
 * each. Pure: it gets the files' paths and texts, so the unit tests feed it fixtures directly.
 */
import transliterate from '@sindresorhus/transliterate';
import { defaultLocale, isLocale, localeCodes } from '../i18n/locales.ts';
import {
  collectionIn,
  collectionNames,
  model,
  requiredInOriginal,
  placeholderSettings,
  type CollectionModel,
  type CollectionName,
  type Field,
} from '../model/model.ts';
import { contentDir, contentPath, isDraft } from '../model/paths.ts';
import { schemas, wordListSchema } from '../model/schema.ts';
import { languageTexts, styleProblems, usableRules, wordListProblems, wordRules } from './style.ts';
import { describeFound, fieldName, formatIssues, placeOf, type FieldPlace } from './errors.ts';
import { readFrontmatter } from '../model/frontmatter.ts';
import { glossaryLink, glossaryTerms, unlinkedTerm } from './glossary.ts';
import { headingIds, markdownHtml, markdownLinks } from './markdown.ts';
import { isTextToken, madeTokens, settingsFile, tokensIn } from '../model/settingTokens.ts';
import { pagePaths, type PageName } from '../routing/pages.ts';

export interface ContentFile {
  /** Path from the project root with forward slashes, e.g. `content/hours/reception.md`. */
  path: string;
  text: string;
}

export interface CheckOptions {
  /**
   * The files in public/ as site paths (`/images/team.jpg`). When given, links and images
   * pointing at files are checked against them; when left out, such links are not checked.
   */
  publicFiles?: readonly string[];
  /**
   * The ids the templates give (`main`, `contact-form`). When given, a link's `#part` must name
   * one of them or a heading of the page it leads to; when left out, `#part`s are not checked.
   */
  templateIds?: readonly string[];
}

/**
 * A file name that can be part of a web address: `housing`, `exchange-days`. An underscore inside
 * is allowed because the web editor keeps one from a title (`Termin_neu` → `termin_neu`); at the
 * start it makes the file a draft (paths.ts).
 */
const slugPattern = /^[a-z0-9][a-z0-9_]*(?:-[a-z0-9_]+)*$/;

/**
 * `Sprachcafé für Ältere` → `sprachcafe-fuer-aeltere`: what an editor should rename a file to, as
 * the web editor names it from a German title (the same transliteration library, ä → ae).
 */
export function suggestSlug(name: string): string {
  return transliterate(name.normalize('NFD'), { locale: defaultLocale })
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

interface Parsed {
  file: ContentFile;
  collection: string;
  lang: string | undefined;
  name: string;
  data: Record<string, unknown>;
  /** The Markdown after the frontmatter, and the file line it starts on. */
  body: string;
  bodyLine: number;
  /** Where each field is, for messages about a field across files. */
  place?: FieldPlace;
}

/**
 * Two files whose names differ only in capitals or punctuation (`Housing.md`, `housing.md`)
 * would get the same web address. Returns the paths to report, each with the file it clashes
 * with; the file whose name is already a proper address is kept.
 */
function findDuplicateNames(files: readonly ContentFile[]): Map<string, string> {
  const groups = new Map<string, ContentFile[]>();
  for (const file of files) {
    const folder = file.path.slice(0, file.path.lastIndexOf('/') + 1);
    const name = file.path.slice(folder.length).replace(/\.md$/, '');
    if (!file.path.endsWith('.md') || isDraft(file.path.replace(/^content\//, ''))) continue;
    const key = `${folder.toLowerCase()}${suggestSlug(name)}`;
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  const clashes = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const nameOf = (file: ContentFile) => file.path.slice(file.path.lastIndexOf('/') + 1).replace(/\.md$/, '');
    const keep = group.find((file) => slugPattern.test(nameOf(file))) ?? group[0];
    for (const file of group) if (file !== keep && keep) clashes.set(file.path, keep.path);
  }
  return clashes;
}

/**
 * Files that programs leave behind next to the real ones: editor backups (`housing.md~`,
 * `housing.md.bak`, `#housing.md#`, `housing.md.swp`) and the thumbnail caches of Windows
 * (`Thumbs.db`, `desktop.ini`). Never content, so they neither stop the build nor get a message
 * (the glob loaders only read `*.md`; hidden files are skipped when reading the folder).
 */
export function isLeftover(name: string): boolean {
  return /~$|\.(?:bak|swp|swo|tmp|orig)$|^#.*#$/i.test(name) || /^(?:thumbs\.db|desktop\.ini|ehthumbs\.db)$/i.test(name);
}

/**
 * How a message names a field, from the model: a list entry by its noun and its number counted from
 * 1, as people count (`"opens" of slot 1`, `telephone number 2`, `closure 1`), not `slots[0]`.
 */
function fieldNamer(fields: Readonly<Record<string, Field>>): (path: readonly PropertyKey[]) => string {
  return (path) => {
    let field: Field | undefined;
    let item: { at: number; noun: string } | undefined;
    path.forEach((part, at) => {
      if (typeof part === 'number' && field?.kind === 'list') {
        item = { at, noun: field.noun };
        field = field.of;
      } else if (typeof part === 'string') {
        field = at === 0 ? fields[part] : field?.kind === 'object' ? field.fields[part] : undefined;
      }
    });
    if (!item) return fieldName(path);
    const entry = `${item.noun} ${Number(path[item.at]) + 1}`;
    const rest = path
      .slice(item.at + 1)
      .map(String)
      .join('.');
    return rest ? `"${rest}" of ${entry}` : entry;
  };
}

/**
 * `---` and `---` with nothing between: one message naming the fields the file needs (those the
 * schema requires, and in an original the ones set there only), not one "missing" per field.
 */
function noFields(collection: CollectionName, inOriginal: readonly string[]): string {
  const result = schemas[collection].safeParse({});
  const fromSchema = result.success ? [] : result.error.issues.filter((issue) => issue.path.length === 1).map((issue) => String(issue.path[0]));
  const needed = [...new Set([...fromSchema, ...inOriginal])].map((field) => `${field}:`);
  const list = needed.length > 1 ? `${needed.slice(0, -1).join(', ')} and ${needed.at(-1)}` : (needed[0] ?? '');
  return `has no fields between the two lines of ---; this file needs at least ${list} (write each on its own line between them, or restore them from the file’s history on the git host)`;
}

/** Every problem in the given content files, one plain line each; empty when all is well. */
export function checkContent(files: readonly ContentFile[], options: CheckOptions = {}): string[] {
  const problems: string[] = [];
  const parsed: Parsed[] = [];
  /** Files that exist, even when broken, so they are not also reported as missing. */
  const present = new Set<string>();
  const known = localeCodes.join(', ');
  const duplicates = findDuplicateNames(files);

  for (const file of files) {
    // Drafts (a file or folder starting with `_`) are skipped, as the build's loaders skip them.
    const inContent = file.path.replace(/^content\//, '');
    const parts = inContent.split('/');
    if (isDraft(inContent) || isLeftover(parts.at(-1) ?? '')) continue;
    const [collection = '', ...rest] = parts;
    const spec = collectionIn(collection);
    const inOriginal = (lang: string | undefined) => (spec && lang === defaultLocale ? requiredInOriginal(spec) : []);
    if (!spec) {
      problems.push(`${file.path}: "${collection}" is not a content folder the site knows (known: ${collectionNames.join(', ')})`);
      continue;
    }
    if (!file.path.endsWith('.md')) {
      problems.push(`${file.path}: only Markdown files ending in .md belong in content/ (images and documents go in public/, e.g. public/images/)`);
      continue;
    }
    let lang: string | undefined;
    if (spec.localized) {
      if (rest.length !== 2) {
        problems.push(`${file.path}: must be in a language folder, like ${contentPath(collection, '<name>', defaultLocale)}`);
        continue;
      }
      lang = rest[0];
      if (!lang || !isLocale(lang)) {
        const guess = localeCodes.find((code) => lang?.toLowerCase().startsWith(code));
        problems.push(`${file.path}: "${lang}" is not a language the site is configured for (known: ${known}${guess ? `; did you mean "${guess}"?` : ''})`);
        continue;
      }
    } else if (rest.length !== 1) {
      problems.push(`${file.path}: must be directly in ${contentDir(collection)}/ (no language folders: numbers and times exist once)`);
      continue;
    }
    const name = (rest.at(-1) ?? '').replace(/\.md$/, '');
    if (spec.only && !spec.only.includes(name)) {
      problems.push(`${file.path}: "${name}" is not a file name the site uses here (expected one of: ${spec.only.join(', ')})`);
      continue;
    }
    const clash = duplicates.get(file.path);
    if (clash) {
      problems.push(
        `${file.path}: has the same name as ${clash} apart from capitals or punctuation; both would get the same web address (rename or delete one of them)`,
      );
      continue;
    }
    if (!slugPattern.test(name)) {
      problems.push(
        `${file.path}: the file name becomes part of the web address, so it must use only small letters a-z, digits and hyphens, like ${suggestSlug(name) || 'new-service'}.md (found "${name}.md")`,
      );
      continue;
    }
    present.add(`${collection}/${lang ?? ''}/${name}`);
    const read = readFrontmatter(file.text);
    if ('problem' in read) {
      problems.push(`${file.path}: ${read.problem}`);
      continue;
    }
    const { body, bodyLine } = read;
    const retired = Object.entries(spec.retired ?? {}).filter(([field]) => Object.hasOwn(read.data, field));
    const place: FieldPlace = { lineOf: read.lineOf, nameOf: fieldNamer(spec.fields) };
    for (const [field, reason] of retired) {
      problems.push(`${placeOf(file.path, [field], place)}"${field}" is no longer needed (${reason}); delete its line`);
    }
    // Checked without them: the one message above is the whole of the mistake.
    const data = Object.fromEntries(Object.entries(read.data).filter(([field]) => !retired.some(([name]) => name === field)));
    if (!Object.keys(read.data).length) {
      problems.push(`${file.path}: ${noFields(collection as CollectionName, inOriginal(lang))}`);
      parsed.push({ file, collection, lang, name, data, body, bodyLine, place });
      continue;
    }
    const result = schemas[collection as CollectionName].safeParse(data);
    // Set once, in the original: missing there is reported with the schema's problems, so a
    // misspelling of the field (`untill:`) is one message, not also "missing".
    const missingInOriginal = inOriginal(lang).filter((field) => data[field] === undefined);
    problems.push(...checkFieldHtml(file.path, data, result.success ? [] : result.error.issues.map((issue) => issue.path), place));
    problems.push(
      ...formatIssues(
        file.path,
        result.success ? [] : result.error.issues,
        data,
        missingInOriginal.map((field) => ({ path: [field], problem: `${file.path}: "${field}" is missing: the ${defaultLocale} original must set it` })),
        place,
      ),
    );
    parsed.push({ file, collection, lang, name, data, body, bodyLine, place });
  }

  problems.push(...checkTranslations(parsed, present));
  problems.push(...checkHtml(parsed));
  problems.push(...checkLinks(parsed, options));
  problems.push(...checkSettingTokens(parsed));
  problems.push(...checkGlossaryTerms(parsed));
  problems.push(...checkStyle(parsed));
  return problems;
}

/**
 * Each language's style sheet in each text of that language (src/check/style.ts): the word list's
 * words and the language's typography. A word list with mistakes is reported by the schema and
 * then left out, so one slip there does not bring a message for every page.
 */
function checkStyle(parsed: readonly Parsed[]): string[] {
  const list = parsed.find((entry) => entry.collection === 'style');
  const read = list ? wordListSchema.safeParse(list.data) : undefined;
  const rules = list && read?.success ? wordRules(read.data.words, list.file.path, (index) => list.place?.lineOf?.(['words', index])) : [];
  // A word the list both uses and avoids is reported, and not refused in the texts.
  const usable = usableRules(rules);
  return [
    ...wordListProblems(rules),
    ...parsed
      .filter((entry) => entry !== list)
      .flatMap((entry) => {
        const spec = collectionIn(entry.collection);
        if (!spec) return [];
        const lang = entry.lang && isLocale(entry.lang) ? entry.lang : undefined;
        const texts = languageTexts(spec.fields, entry.data, lang, (path) => entry.place?.lineOf?.(path), {
          text: entry.body,
          line: entry.bodyLine,
        });
        return styleProblems(entry.file.path, texts, usable);
      }),
  ];
}

/** Where BPI, DPI or ONA (src/check/glossary.ts) first appears in a page or service text, it links to the glossary. */
function checkGlossaryTerms(parsed: readonly Parsed[]): string[] {
  const glossary = parsed.find((entry) => entry.collection === 'pages' && entry.name === 'glossary' && entry.lang === defaultLocale);
  const terms = glossary ? glossaryTerms(glossary.body) : [];
  // The headings of each language's glossary (the German one where it has no translation).
  const headings = new Map(parsed.filter((e) => e.collection === 'pages' && e.name === 'glossary').map((e) => [e.lang, headingIds(e.body)]));
  const idsIn = (lang: string) => headings.get(lang) ?? headings.get(defaultLocale) ?? [];
  return parsed.flatMap((entry) => {
    const { lang } = entry;
    const address = addressOf(entry);
    if (!address || !lang || entry.collection === 'announcements' || (entry.collection === 'pages' && entry.name === 'glossary')) return [];
    return terms.flatMap((term) => {
      const line = unlinkedTerm(entry.body, term, address, lang, idsIn(lang));
      return line === undefined
        ? []
        : [
            `${entry.file.path}: line ${entry.bodyLine + line - 1}: where ${term} first appears in the text, it must be a link to its explanation in the glossary, like [${term}](${glossaryLink(term, address)}) (many visitors do not know the French abbreviation)`,
          ];
    });
  });
}

/**
 * `{{controller}}` in a page text names a setting, `{{formFields}}` a value the site makes
 * (src/model/settingTokens.ts); a translation shows every one its original shows, so no language
 * loses e.g. the address for data requests.
 */
function checkSettingTokens(parsed: readonly Parsed[]): string[] {
  const problems: string[] = [];
  const originals = new Map(parsed.filter((e) => e.lang === defaultLocale).map((e) => [`${e.collection}/${e.name}`, e]));
  for (const entry of parsed) {
    if (!entry.lang) continue;
    const tokens = tokensIn(entry.body);
    for (const token of tokens) {
      if (!isTextToken(token.name)) {
        problems.push(
          `${entry.file.path}: line ${entry.bodyLine + token.line - 1}: {{${token.name}}} is not a value the site knows (settings in ${settingsFile}: ${placeholderSettings.join(', ')}; made by the site: ${madeTokens.join(', ')})`,
        );
      }
    }
    const original = entry.lang === defaultLocale ? undefined : originals.get(`${entry.collection}/${entry.name}`);
    if (!original) continue;
    const used = new Set(tokens.map((token) => token.name));
    const missing = [...new Set(tokensIn(original.body).map((token) => token.name))].filter((name) => isTextToken(name) && !used.has(name));
    if (missing.length) {
      problems.push(
        `${entry.file.path}: must show ${missing.map((name) => `{{${name}}}`).join(', ')} like the original ${original.file.path} (write each exactly so, with both pairs of curly brackets)`,
      );
    }
  }
  return problems;
}

/** No HTML in any text: Markdown would put it in the page as it is (scripts, frames, styles). */
function checkHtml(parsed: readonly Parsed[]): string[] {
  return parsed.flatMap((entry) =>
    // One message per line: `<script>…</script>` is one mistake, not two.
    markdownHtml(entry.body)
      .filter((html, index, all) => all.findIndex((other) => other.line === html.line) === index)
      .map(
        (html) =>
          `${entry.file.path}: line ${entry.bodyLine + html.line - 1}: the text must not contain HTML code; write it in Markdown, like **important** or [Contact](/${entry.lang ?? defaultLocale}/contact/) (found "${html.tag}")`,
      ),
  );
}

/** An HTML tag or comment in a field's value: `<b>`, `</b>`, `<br/>`, `<!-- … -->`. */
const fieldTag = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?(?:-->|$)/g;

/**
 * No HTML in the frontmatter's words either (titles, descriptions, reasons, …): the site shows
 * them as plain text, so a visitor would read `<b>Wohnen</b>` with its tags. A field that already
 * has a problem from the schema is left to that message.
 */
function checkFieldHtml(file: string, data: unknown, reported: readonly (readonly PropertyKey[])[], place: FieldPlace, path: PropertyKey[] = []): string[] {
  if (typeof data === 'string') {
    if (!new RegExp(fieldTag.source).test(data) || reported.some((other) => fieldName(other) === fieldName(path))) return [];
    const plain = data.replace(fieldTag, '').replace(/\s+/g, ' ').trim();
    return [
      `${placeOf(file, path, place)}${place.nameOf?.(path) ?? fieldName(path)} must not contain HTML code: the site shows it as plain text, so visitors would see the tags; write it without them${plain ? `, like ${String(path.at(-1))}: ${JSON.stringify(plain)}` : ''}${describeFound(data)}`,
    ];
  }
  if (data === null || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) => checkFieldHtml(file, value, reported, place, [...path, Array.isArray(data) ? Number(key) : key]));
}

/** The kinds of address a link may have besides this site's own pages. */
const linkSchemes = ['https', 'http', 'mailto', 'tel', 'geo'];

/** Files the build makes besides the pages; links to them are fine. */
const generatedFiles = ['/robots.txt', '/sitemap-index.xml', '/404.html'];

/** `/fr/about/`: where the site shows a page or service file (null: the file is not a page). */
function addressOf(entry: Parsed): string | null {
  if (!entry.lang) return null;
  if (entry.collection === 'pages') return `/${entry.lang}/${pagePaths[entry.name as PageName] ?? ''}`;
  if (entry.collection === 'services') return `/${entry.lang}/services/${entry.name}/`;
  // Shown on every page of its language: links are checked as if from the home page.
  if (entry.collection === 'announcements') return `/${entry.lang}/`;
  return null;
}

/** `%20` → space; a malformed escape is left as written. */
function decoded(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

interface Fragments {
  /** The ids of the text's headings, in order: what the message suggests. */
  headings: string[];
  /** Every id the page has (headings and templates). */
  all: Set<string>;
}

/**
 * The ids each page and service address has: its text's headings (from the German original where
 * a language has no translation, as the site shows it) and the templates' ids.
 */
function fragmentTargets(parsed: readonly Parsed[], templateIds: readonly string[]): Map<string, Fragments> {
  const byAddress = new Map<string, Parsed>();
  for (const entry of parsed) {
    const address = addressOf(entry);
    if (address && entry.collection !== 'announcements') byAddress.set(address, entry);
  }
  const targets = new Map<string, Fragments>();
  for (const entry of parsed.filter((e) => e.lang === defaultLocale && e.collection !== 'announcements')) {
    for (const lang of localeCodes) {
      const address = addressOf({ ...entry, lang });
      if (!address) continue;
      const headings = headingIds((byAddress.get(address) ?? entry).body);
      targets.set(address, { headings, all: new Set([...headings, ...templateIds]) });
    }
  }
  return targets;
}

/** A `#part` that names nothing on its page: the problem, or undefined when it is fine. */
function missingPart(target: string, fragment: string, ids: Fragments | undefined): string | undefined {
  if (!ids || ids.all.has(decoded(fragment))) return undefined;
  const known = ids.headings.length ? `its headings: ${ids.headings.map((id) => `#${id}`).join(', ')}` : 'it has no headings';
  return `the part after # must name a heading of the page the link leads to (found "${target}"; ${known})`;
}

/** Links in page and service texts lead to pages the site builds; images have alt text. */
function checkLinks(parsed: readonly Parsed[], options: CheckOptions): string[] {
  const problems: string[] = [];
  const slugs = parsed.filter((e) => e.collection === 'services' && e.lang === defaultLocale).map((e) => e.name);
  // Every page and service exists in every language (missing translations are shown from the original).
  const pages = new Set(['/']);
  for (const lang of localeCodes) {
    for (const path of Object.values(pagePaths)) pages.add(`/${lang}/${path}`);
    for (const slug of slugs) pages.add(`/${lang}/services/${slug}/`);
  }
  const publicFiles = options.publicFiles ? new Set([...options.publicFiles, ...generatedFiles]) : undefined;
  const idsAt = options.templateIds ? fragmentTargets(parsed, options.templateIds) : undefined;

  for (const entry of parsed) {
    const address = addressOf(entry);
    if (!address) continue;
    for (const link of markdownLinks(entry.body)) {
      const where = `${entry.file.path}: line ${entry.bodyLine + link.line - 1}:`;
      const target = link.target;
      const external = /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');
      if (link.kind === 'image') {
        if (!link.text) {
          problems.push(
            `${where} the image must have a short description between the brackets, like ![LISKO's reception desk](/images/reception.jpg) (found "${link.source}")`,
          );
        }
        if (external) {
          problems.push(
            `${where} the image must be stored on this site, in public/images/: an image from another website tells that website who reads this page (found "${target}")`,
          );
        } else if (!target.startsWith('/')) {
          problems.push(
            `${where} the image must be a file in public/images/, written like /images/${target.split('/').at(-1) || 'photo.jpg'} (found "${target}")`,
          );
        } else if (publicFiles && !publicFiles.has(decoded(target.split(/[?#]/)[0] ?? ''))) {
          problems.push(
            `${where} the image must be a file that exists in public/, but public${decoded(target.split(/[?#]/)[0] ?? '')} is missing (found "${target}")`,
          );
        }
        continue;
      }
      if (!link.text) {
        problems.push(`${where} the link must have words to click between the brackets, like [Contact](/${entry.lang}/contact/) (found "${link.source}")`);
      }
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(target)?.[1]?.toLowerCase();
      if (scheme !== undefined && !linkSchemes.includes(scheme)) {
        problems.push(`${where} the link must start with https://, http://, mailto:, tel: or geo:, or lead to a page of this site (found "${target}")`);
        continue;
      }
      if (external || target === '') continue;
      if (target.startsWith('#')) {
        const problem = missingPart(target, target.slice(1), idsAt?.get(address));
        if (problem) problems.push(`${where} ${problem}`);
        continue;
      }
      if (entry.collection === 'announcements' && !target.startsWith('/')) {
        problems.push(`${where} an announcement is shown on every page, so its links must start with /, like /${entry.lang}/contact/ (found "${target}")`);
        continue;
      }
      const path = decoded(new URL(target, `https://site.invalid${address}`).pathname);
      if (/\.[a-z0-9]+$/i.test(path)) {
        if (publicFiles && !publicFiles.has(path)) {
          problems.push(`${where} the link must lead to a file that exists in public/, but public${path} is missing (found "${target}")`);
        }
        continue;
      }
      if (pages.has(path)) {
        const fragment = /#(.+)$/.exec(target)?.[1];
        const problem = fragment === undefined ? undefined : missingPart(target, fragment, idsAt?.get(path));
        if (problem) problems.push(`${where} ${problem}`);
        continue;
      }
      const guess = pages.has(`${path}/`) ? `${target.split(/[?#]/)[0]}/` : undefined;
      const relative = `${'../'.repeat(address.split('/').filter(Boolean).length - 1)}contact/`;
      problems.push(
        `${where} the link must lead to a page of this site, like /${entry.lang}/contact/ or ${relative} (found "${target}"${guess ? `; did you mean "${guess}"?` : ''})`,
      );
    }
  }
  return problems;
}

/**
 * Cross-file rules, from the model: originals exist; fields set in the original only are not in a
 * translation; fields shown on one page only are not on another; unique numbers are unique.
 * (A field the original must set is reported with the file's other fields.)
 */
function checkTranslations(parsed: readonly Parsed[], has: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  /** Per collection and field whose values must differ: each value and the file that has it. */
  const taken = new Map<string, Map<unknown, string>>();
  /** The smallest whole number no German original of the collection uses for the field. */
  const free = (collection: string, field: string) => {
    const used = new Set(parsed.filter((e) => e.collection === collection && e.lang === defaultLocale).map((e) => e.data[field]));
    let number = 1;
    while (used.has(number)) number += 1;
    return number;
  };
  /** Translations whose original is missing, per original: one message for a deleted original. */
  const orphans = new Map<string, string[]>();

  for (const entry of parsed) {
    const { collection, lang, name, file, data } = entry;
    const spec = collectionIn(collection);
    if (!lang || !spec) continue;
    // A required original that is missing is reported once, below, not once per translation.
    if (lang !== defaultLocale && !spec.required.includes(name) && !has.has(`${collection}/${defaultLocale}/${name}`)) {
      const original = contentPath(collection, name, defaultLocale);
      orphans.set(original, [...(orphans.get(original) ?? []), file.path]);
    }
    for (const [field, rule] of Object.entries(spec.fields)) {
      const value = data[field];
      if (value === undefined) continue;
      // The field's line, where the file has one: `content/…/x.md: line 4: `.
      const at = entry.place ? placeOf(file.path, [field], entry.place) : `${file.path}: `;
      if (rule.onlyOn && name !== rule.onlyOn) {
        problems.push(`${at}"${field}" is shown on the ${rule.onlyOn} page only; move it to ${contentPath(collection, rule.onlyOn, lang)}`);
      }
      if (rule.scope === 'original' && lang !== defaultLocale) {
        problems.push(`${at}"${field}" is set in the ${defaultLocale} original only; delete it from this translation`);
      }
      // A choice the model allows on named files only (a service's audience): the schema refused an unknown value already.
      if (rule.kind === 'choice' && rule.onlyWhere && rule.options.includes(value as string) && rule.onlyWhere.files[name] !== value) {
        const where = Object.entries(rule.onlyWhere.files).map(([other, choice]) => `${other}.md (${choice})`);
        problems.push(`${at}"${field}" must be left out: ${rule.onlyWhere.why} ${where.join(', ')}; delete the line`);
      }
      if (rule.kind === 'integer' && rule.unique && lang === defaultLocale) {
        const values = taken.get(`${collection}.${field}`) ?? new Map<unknown, string>();
        taken.set(`${collection}.${field}`, values);
        const other = values.get(value);
        if (other) {
          problems.push(
            `${at}"${field}" ${String(value)} is already used by ${other}; give each ${rule.unique.what} its own number, like ${free(collection, field)}, which no ${rule.unique.what} has yet`,
          );
        } else values.set(value, file.path);
      }
    }
  }

  // One translation: its name is likely wrong. Several: the original was deleted, one message.
  for (const [original, translations] of orphans) {
    problems.push(
      translations.length === 1
        ? `${translations[0]}: is a translation without its original: ${original} is missing (create the original, or check the file name)`
        : `${original}: is missing, but its ${translations.length} translations are still there (${translations.join(', ')}): restore the original from the file’s history on the git host, or delete the translations too`,
    );
  }

  for (const [collection, spec] of Object.entries<CollectionModel>(model)) {
    for (const name of spec.required) {
      const lang = spec.localized ? defaultLocale : undefined;
      if (!has.has(`${collection}/${lang ?? ''}/${name}`)) {
        problems.push(`${contentPath(collection, name, lang)}: is missing; the site needs this file`);
      }
    }
  }
  return problems;
}
