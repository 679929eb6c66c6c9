/**
 * Files that could run script on the site's own address: an SVG image with a script, an event
 * handler or HTML inside (`foreignObject`), an XML file with script, a page file (.htm, .xhtml)
 * that the build did not write. Opened directly, such a file runs with the site's origin: it could
 * read what a visitor typed into the contact form's draft, or change the offline copies. The web
 * editor saves media into public/images/, and Markdown may link or embed any file there, so
 * `npm run check` checks public/ (with a message naming the file) and the build checks every file
 * it publishes (src/deploy/hostFiles.ts); `_headers` also serves SVGs with a policy under which
 * nothing runs.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Page files other than the `.html` pages the build writes and checks: published without the site's protections. */
const otherPages = /\.(htm|xhtml|xht|shtml|mht|mhtml|svgz)$/i;
/** XML files a browser shows as a document, where XHTML or SVG script would run. */
const xmlDocuments = /\.(svg|xml|xsl|xslt|rss|atom)$/i;

/** Elements that run script or show a page inside a document, in any namespace (`svg:script`). */
const activeElements = new Set(['script', 'handler', 'listener', 'foreignobject', 'iframe', 'frame', 'embed', 'object', 'applet', 'base']);

/** Addresses that run code when followed or loaded. */
// eslint-disable-next-line no-control-regex -- browsers ignore control characters and spaces in a scheme
const scriptAddress = (value: string) => /^(javascript|vbscript|data:text\/html|data:application\/xhtml)/i.test(value.replace(/[\u0000-\u0020]/g, ''));

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, unknown> };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  allowBooleanAttributes: true,
  processEntities: true,
  htmlEntities: true,
  ignorePiTags: false,
});

function xmlProblems(text: string): string[] {
  if (/<!ENTITY/i.test(text)) return ['it declares XML entities (<!ENTITY …>), which can hide script or make it huge'];
  const valid = XMLValidator.validate(text);
  if (valid !== true) return [`it is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}), so a browser cannot show it`];
  const problems = new Set<string>();
  const walk = (nodes: XmlNode[]) => {
    for (const node of nodes) {
      const name = Object.keys(node).find((key) => key !== ':@') ?? '';
      const local = name.replace(/^\?/, '').split(':').at(-1)!.toLowerCase();
      if (name.startsWith('?') && local === 'xml-stylesheet' && !/css/i.test(String(node[':@']?.['type'] ?? ''))) {
        problems.add('it asks for an XSLT style sheet (<?xml-stylesheet …?>), which can write script into the page');
      }
      if (activeElements.has(local)) problems.add(`it contains a <${name}> element, which can run script or show another page`);
      for (const [attribute, value] of Object.entries(node[':@'] ?? {})) {
        const attributeName = attribute.split(':').at(-1)!.toLowerCase();
        if (attributeName.startsWith('on')) problems.add(`it has an event handler ${attribute}="…", which runs script`);
        else if (typeof value === 'string' && scriptAddress(value)) problems.add(`its ${attribute} attribute holds a script address (${value.slice(0, 20)}…)`);
      }
      const children = node[name];
      if (Array.isArray(children)) walk(children as XmlNode[]);
    }
  };
  walk(parser.parse(text) as XmlNode[]);
  return [...problems];
}

/**
 * What could run script in a file to be published, one plain reason each; empty when nothing
 * can. `path` decides the kind (`.svg`, `.xml`, …); other files are not documents and pass.
 */
export function activeContentProblems(path: string, content: Buffer | string): string[] {
  if (otherPages.test(path))
    return ['a web page file the site did not build: it would be published without the site’s protections (write pages in content/ instead)'];
  if (!xmlDocuments.test(path)) return [];
  return xmlProblems(typeof content === 'string' ? content : content.toString('utf8'));
}

/** The message for one file: what was found and what to do, for an editor. */
export function activeContentMessage(where: string, problems: readonly string[]): string {
  return `${where}: this file could run a program on the website (${problems.join('; ')}). Remove the file, or replace it with a picture saved as PNG or JPG`;
}

/** The message for a file at `where` (`public/images/logo.svg`), or undefined when nothing in it can run. */
export function fileProblem(where: string, content: Buffer | string): string | undefined {
  const found = activeContentProblems(where, content);
  return found.length ? activeContentMessage(where, found) : undefined;
}
