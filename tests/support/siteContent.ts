/**
 * The content the tests expect to see, read from content/ with the build's own schemas, so an
 * editor's change (a new telephone number, a moved office, a service in German only) never breaks
 * a test: the tests follow the content instead of repeating it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { frontmatterData } from '../../src/model/frontmatter.ts';
import { contactSchema } from '../../src/model/schema.ts';
import { defaultLocale } from '../../src/i18n/locales.ts';
import { formatPhoneLocal, telHref } from '../../src/contact/phone.ts';
import { addressLine } from '../../src/routing/urls.ts';
import { isDraft } from '../../src/model/paths.ts';

/** A content file's frontmatter as plain data (not yet checked by a schema), read as the check reads it. */
export const frontmatterOf = (path: string): unknown => frontmatterData(readFileSync(path, 'utf8'));

/** content/contact/lisko.md as the build reads it (telephone numbers in international form). */
export const contact = contactSchema.parse(frontmatterOf('content/contact/lisko.md'));

/** Each telephone number as its tap-to-call link shows it: `{ href: 'tel:+352…', text: '2755-5603' }`. */
export const phoneLinks = contact.phones.map((phone) => ({ href: telHref(phone), text: formatPhoneLocal(phone) }));

/** The address on one line, as pages, the calendar and directions write it. */
export const address = addressLine(contact);

/** The services of the German original (drafts, `_…`, left out), as slugs, sorted. */
export const serviceSlugs = readdirSync(`content/services/${defaultLocale}`)
  .filter((name) => name.endsWith('.md') && !isDraft(name))
  .map((name) => name.slice(0, -3))
  .sort();
