import { describe, expect, it } from 'vitest';
import { EXPLOITATION_TYPES } from '../../shared/content/types.js';
import { contrastRatio, textOn } from '../../demo/configurator/contrast.js';
import { embedAttributes, embedSnippet, type EmbedChoices } from '../../demo/configurator/embed-snippet.js';
import { hostFolder } from '../../demo/configurator/read-choices.js';

const DEFAULTS: EmbedChoices = {
  scriptUrl: 'https://stamp-out.example/widget/0.1.0/stamp-out.js',
  integrity: 'sha384-abc',
  region: 'GB',
  lang: '',
  audience: 'public',
  variant: 'card',
  types: EXPLOITATION_TYPES,
  allTypes: EXPLOITATION_TYPES,
  theme: 'auto',
  quickExit: false,
  exitUrl: '',
  share: false,
  shareUrl: '',
  accent: '',
  accentText: '',
};

describe('the configurator snippet', () => {
  it('is a target and one pinned script tag with integrity, crossorigin and defer', () => {
    expect(embedSnippet(DEFAULTS)).toBe(
      [
        '<div id="stamp-out"></div>',
        '<script',
        '  src="https://stamp-out.example/widget/0.1.0/stamp-out.js"',
        '  integrity="sha384-abc"',
        '  crossorigin="anonymous"',
        '  data-target="#stamp-out"',
        '  data-region="GB"',
        '  defer',
        '></script>',
        '',
      ].join('\n'),
    );
  });

  it('writes only the options that differ from the defaults', () => {
    expect(
      embedAttributes({
        ...DEFAULTS,
        region: 'PL',
        lang: 'pl',
        audience: 'jobseeker',
        variant: 'banner',
        types: ['labour', 'criminal'],
        theme: 'dark',
        quickExit: true,
        exitUrl: 'https://example.org/',
        share: true,
        shareUrl: 'https://campaign.example/',
      }),
    ).toEqual([
      ['region', 'PL'],
      ['lang', 'pl'],
      ['audience', 'jobseeker'],
      ['variant', 'banner'],
      ['types', 'labour,criminal'],
      ['theme', 'dark'],
      ['exit-url', 'https://example.org/'],
      ['share', ''],
      ['share-url', 'https://campaign.example/'],
    ]);
  });

  it('turns quick exit off explicitly for jobseekers, on explicitly for others', () => {
    expect(embedAttributes({ ...DEFAULTS, audience: 'jobseeker', quickExit: false })).toContainEqual([
      'quick-exit',
      'false',
    ]);
    expect(embedSnippet({ ...DEFAULTS, quickExit: true })).toContain('\n  data-quick-exit\n');
    expect(embedAttributes({ ...DEFAULTS, exitUrl: 'https://example.org/' })).not.toContainEqual([
      'exit-url',
      'https://example.org/',
    ]);
  });

  it('has no target for the corner launcher, and adds the colours when branded', () => {
    const snippet = embedSnippet({
      ...DEFAULTS,
      variant: 'launcher',
      accent: '#6b21a8',
      accentText: '#ffffff',
    });
    expect(snippet).not.toContain('data-target');
    expect(snippet).not.toContain('<div');
    expect(snippet).toContain('data-variant="launcher"');
    expect(snippet).toContain('--stamp-out-accent: #6b21a8;');
    expect(snippet).toContain('--stamp-out-accent-text: #ffffff;');
  });

  it('escapes what a person typed, so the snippet stays one well-formed tag', () => {
    const snippet = embedSnippet({ ...DEFAULTS, share: true, shareUrl: 'https://x.example/?a="b"&c=<d>' });
    expect(snippet).toContain('data-share-url="https://x.example/?a=&quot;b&quot;&amp;c=&lt;d&gt;"');
    expect(snippet.match(/<script/g)).toHaveLength(1);
  });
});

describe('accent contrast', () => {
  it('matches the WCAG figures for known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // The default light accent on white, as in the panel's own styles.
    expect(contrastRatio('#1d4ed8', '#ffffff')).toBeCloseTo(6.7, 1);
  });

  it('puts white text on dark accents and dark text on light ones', () => {
    expect(textOn('#1d4ed8')).toBe('#ffffff');
    expect(textOn('#fde047')).toBe('#0b1220');
  });
});

describe('a self-hosted folder', () => {
  it('is an https folder; a pasted script address means its folder', () => {
    expect(hostFolder('https://cdn.example/stamp-out')).toBe('https://cdn.example/stamp-out/');
    expect(hostFolder('https://cdn.example/stamp-out/0.1.0/stamp-out.js')).toBe(
      'https://cdn.example/stamp-out/0.1.0/',
    );
  });

  it('refuses http, a ?query or #fragment, and what is not an address', () => {
    for (const typed of [
      'http://cdn.example/w/',
      'https://cdn.example/w?v=1',
      'https://cdn.example/w#x',
      'cdn.example/w',
    ]) {
      expect(typeof hostFolder(typed), typed).toBe('object');
    }
  });
});
