/**
 * src/deploy/activeContent.ts: files that could run script when opened on the site's own address
 * are found, whatever form the script takes; harmless drawings, feeds and other files pass.
 */
import { describe, expect, test } from 'vitest';
import { activeContentProblems, fileProblem } from '../../src/deploy/activeContent.ts';

const svg = (inside: string, attributes = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"${attributes}>${inside}</svg>`;

describe('SVG images', () => {
  test('a drawing with shapes, text, styles, gradients and links passes', () => {
    const drawing = svg(
      '<style>.a{fill:#0b5350}</style><defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs><rect class="a" width="10" height="10"/><text x="1" y="5">LISKO &amp; Co</text><a href="https://www.openstreetmap.org/"><circle r="2"/></a><use href="#g"/>',
    );
    expect(activeContentProblems('public/images/logo.svg', drawing)).toEqual([]);
    expect(activeContentProblems('public/favicon.svg', '<?xml version="1.0" encoding="UTF-8"?>\n' + drawing)).toEqual([]);
  });

  const hostile: [string, string, RegExp][] = [
    ['a script element', svg('<script>alert(1)</script>'), /<script> element/],
    ['a script in another prefix', '<s:svg xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></s:svg>', /<s:script> element/],
    ['an event handler', svg('<rect width="1" height="1" onclick="alert(1)"/>'), /event handler onclick/],
    ['an event handler on the root', svg('', ' onload="alert(1)"'), /event handler onload/],
    ['HTML inside (foreignObject)', svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'), /<foreignObject> element/],
    ['a javascript: link', svg('<a href="javascript:alert(1)"><text>x</text></a>'), /href attribute holds a script address/],
    [
      'a javascript: link written with an entity and a tab',
      svg('<a xlink:href="java&#x09;script:alert(1)"><text>x</text></a>'),
      /xlink:href attribute holds a script address/,
    ],
    [
      'an animation that sets a javascript: link',
      svg('<a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a>'),
      /to attribute holds a script address/,
    ],
    ['an HTML page as data', svg('<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"><text>x</text></a>'), /script address/],
    ['an SVG Tiny handler', svg('<handler type="application/ecmascript">alert(1)</handler>'), /<handler> element/],
    ['entities', '<!DOCTYPE svg [<!ENTITY a "b">]>' + svg('<text>&a;</text>'), /declares XML entities/],
    ['an XSLT style sheet', '<?xml-stylesheet type="text/xsl" href="x.xsl"?>' + svg(''), /XSLT style sheet/],
    ['a frame', svg('<foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="/"></iframe></foreignObject>'), /<iframe> element/],
    ['not well-formed XML', '<svg><rect></svg>', /not well-formed XML/],
  ];
  for (const [what, text, message] of hostile) {
    test(`refuses ${what}`, () => {
      expect(activeContentProblems('public/images/x.svg', text).join('\n')).toMatch(message);
    });
  }

  test('upper-case names are caught too (a browser reading the file as HTML would run them)', () => {
    expect(activeContentProblems('x.svg', svg('<SCRIPT>alert(1)</SCRIPT>')).join('\n')).toMatch(/<SCRIPT> element/);
    expect(activeContentProblems('x.SVG', svg('<rect ONCLICK="x()"/>')).join('\n')).toMatch(/event handler ONCLICK/);
  });
});

describe('other files', () => {
  test('XML with script is refused, an Atom feed passes', () => {
    expect(activeContentProblems('public/x.xml', '<r xmlns:h="http://www.w3.org/1999/xhtml"><h:script>alert(1)</h:script></r>').join('\n')).toMatch(
      /<h:script> element/,
    );
    const feed = '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>LISKO</title><link href="https://x.lu/de/"/></feed>';
    expect(activeContentProblems('dist/de/feed.xml', feed)).toEqual([]);
  });

  test('a page file the build did not write is refused whatever it holds; other files are not documents', () => {
    for (const name of ['a.htm', 'a.xhtml', 'a.XHT', 'a.shtml', 'a.svgz'])
      expect(activeContentProblems(`public/${name}`, '<p>hallo</p>'), name).toHaveLength(1);
    for (const name of ['a.png', 'a.jpg', 'a.pdf', 'a.txt', 'a.ics', 'a.vcf', 'a.js'])
      expect(activeContentProblems(`public/${name}`, '<script>x</script>'), name).toEqual([]);
  });

  test('the message names the file, says what was found and what to do', () => {
    expect(fileProblem('public/images/x.svg', svg('<script>x</script>'))).toBe(
      'public/images/x.svg: this file could run a program on the website (it contains a <script> element, which can run script or show another page). Remove the file, or replace it with a picture saved as PNG or JPG',
    );
    expect(fileProblem('public/images/x.svg', svg('<rect/>'))).toBeUndefined();
  });
});
