// @vitest-environment happy-dom
import { afterAll, describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../shared/extract/html-entities.js';
import { htmlToText, looksLikeHtml } from '../../../shared/extract/html-to-text.js';
import { oneLine, TextBuilder } from '../../../shared/extract/text-builder.js';
import { lineOf, textOf } from '../../../shared/extract/text-of.js';
import { htmlParser } from './page-data.js';

const parser = htmlParser();
afterAll(() => parser.close());

function body(html: string): HTMLElement {
  return parser.parse(`<!doctype html><html><body>${html}</body></html>`).body;
}

describe('decodeEntities()', () => {
  it('decodes named, decimal and hex references', () => {
    expect(
      decodeEntities('M&amp;E &lt;b&gt; &quot;x&quot; &#39;y&#39; caf&eacute; &#x2013; &euro;5&nbsp;k'),
    ).toBe('M&E <b> "x" \'y\' café – €5\u00a0k');
  });

  it('maps Windows-1252 numbers and replaces impossible code points', () => {
    expect(decodeEntities('&#150; &#8217; &#0; &#xD800; &#x110000;')).toBe('– ’ \ufffd \ufffd \ufffd');
  });

  it('leaves unknown names, bare ampersands and overlong references alone', () => {
    expect(decodeEntities('R&D &unknown; &amp &#xZZ; &aaaaaaaaaaaaaaaaaaaa;')).toBe(
      'R&D &unknown; &amp &#xZZ; &aaaaaaaaaaaaaaaaaaaa;',
    );
  });

  it('decodes once only', () => {
    expect(decodeEntities('&amp;amp;')).toBe('&amp;');
  });
});

describe('htmlToText()', () => {
  it('turns blocks into paragraphs and lines, and drops tags', () => {
    expect(
      htmlToText('<p>First <b>bold</b> line<br>second line</p><ul><li>one</li><li>two</li></ul><p>End</p>'),
    ).toBe('First bold line\nsecond line\n\none\ntwo\n\nEnd');
  });

  it('collapses white space and never starts or ends with a break', () => {
    expect(htmlToText('\n  <div>\n\n  Hello \t  world  </div>\n<p></p><p><br></p>  ')).toBe('Hello world');
  });

  it('unescapes HTML that was escaped once more (LinkedIn JSON-LD)', () => {
    expect(htmlToText('&lt;p&gt;Pay: 10 &amp;euro;&lt;/p&gt;&lt;p&gt;Apply now&lt;/p&gt;')).toBe(
      'Pay: 10 €\n\nApply now',
    );
  });

  it('skips scripts, styles, comments and the content of other raw elements', () => {
    const html =
      '<p>Visible</p><script>var a = "<p>hidden</p>";</script><style>p{}</style><!-- <p>no</p> -->' +
      '<template><p>t</p></template><noscript>ns</noscript><p>Also visible</p>';
    expect(htmlToText(html)).toBe('Visible\n\nAlso visible');
  });

  it('keeps a literal < that does not open a tag, and > inside quoted attributes', () => {
    expect(htmlToText('Salary < 5000 & hours > 40')).toBe('Salary < 5000 & hours > 40');
    expect(htmlToText('<a title="a > b" href=\'x>y\'>link</a> text')).toBe('link text');
  });

  it('separates table cells and survives unterminated markup', () => {
    expect(htmlToText('<table><tr><td>Pay</td><td>£9</td></tr></table>')).toBe('Pay £9');
    expect(htmlToText('Text <b')).toBe('Text');
    expect(htmlToText('Text <!-- never closed')).toBe('Text');
    expect(htmlToText('<script>never closed <p>x</p>')).toBe('');
  });

  it('stops at the limit and stays linear on hostile input', () => {
    expect(htmlToText('<p>abcdef</p>', 3)).toBe('abc');
    const start = performance.now();
    htmlToText('<a x="' + '"'.repeat(200_000));
    htmlToText('<'.repeat(200_000));
    htmlToText('&'.repeat(200_000));
    htmlToText('<p x=' + '='.repeat(200_000));
    expect(performance.now() - start).toBeLessThan(1_000);
  });

  it('tells markup from text that merely mentions <', () => {
    expect(looksLikeHtml('<p>x</p>')).toBe(true);
    expect(looksLikeHtml('a < b and c<5')).toBe(false);
  });
});

describe('TextBuilder and oneLine()', () => {
  it('merges breaks, keeps the strongest, and drops leading ones', () => {
    const out = new TextBuilder(100);
    out.brk(2);
    out.text('  a ');
    out.brk(1);
    out.brk(2);
    out.brk(1);
    out.text('b');
    out.text(' ');
    out.text('c');
    expect(out.toString()).toBe('a\n\nb c');
  });

  it('never cuts a surrogate pair in half at the limit', () => {
    const out = new TextBuilder(3);
    out.text('ab😀c');
    expect(out.toString()).toBe('ab');
    expect(out.full).toBe(true);
  });

  it('collapses a field to one trimmed line within the limit', () => {
    expect(oneLine('  Driver\n\n  wanted  ', 100)).toBe('Driver wanted');
    expect(oneLine('abcdef', 3)).toBe('abc');
  });
});

describe('textOf()', () => {
  it('reads visible text with paragraph breaks and skips hidden parts', () => {
    const root = body(
      '<div id="ad"><h2>Job</h2><p>Line one<br>line two</p><ul><li>a</li><li>b</li></ul>' +
        '<p hidden>hidden</p><p aria-hidden="true">aria</p><p style="display: none">none</p>' +
        '<button>Apply</button><script>x()</script><p>Last</p></div>',
    );
    expect(textOf(root.querySelector('#ad')!)).toBe('Job\n\nLine one\nline two\n\na\nb\n\nLast');
  });

  it('leaves out parts matched by skip selectors and ignores invalid ones', () => {
    const root = body(
      '<section id="ad"><p>Keep</p><div class="qr">QR Code Link to This Post</div></section>',
    );
    expect(textOf(root.querySelector('#ad')!, { skip: ['[[invalid', '.qr'] })).toBe('Keep');
  });

  it('walks a very deep tree without recursion', () => {
    const doc = parser.parse('<!doctype html><html><body></body></html>');
    let parent: Element = doc.body;
    for (let depth = 0; depth < 5_000; depth++) {
      const child = doc.createElement('div');
      parent.appendChild(child);
      parent = child;
    }
    parent.appendChild(doc.createTextNode('deep text'));
    expect(textOf(doc.body)).toBe('deep text');
  });

  it('caps length and gives one-line fields', () => {
    const root = body('<p id="p">' + 'word '.repeat(1000) + '</p><h1 id="h"> Senior\n  Driver </h1>');
    expect(textOf(root.querySelector('#p')!, { limit: 50 }).length).toBe(50);
    expect(lineOf(root.querySelector('#h')!)).toBe('Senior Driver');
  });
});
