// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { resolvePanelOptions, type RawPanelOptions } from '../../shared/ui/panel.options.js';
import { pageShareUrl, shareLink, type ShareData, type ShareNavigator } from '../../shared/ui/share.js';

const DATA: ShareData = { url: 'https://example.org/campaign', title: 'Title', text: 'Text' };

/** A navigator whose share sheet and clipboard record what they were given. */
function recordingNavigator(parts: {
  share?: (data: ShareData) => Promise<void>;
  canShare?: boolean;
  clipboard?: 'works' | 'denied' | 'absent';
}): ShareNavigator & { shared: ShareData[]; copied: string[] } {
  const shared: ShareData[] = [];
  const copied: string[] = [];
  const navigator: ShareNavigator & { shared: ShareData[]; copied: string[] } = { shared, copied };
  if (parts.share) {
    const share = parts.share;
    navigator.share = async (data) => {
      shared.push(data);
      await share(data);
    };
  }
  if (parts.canShare !== undefined) navigator.canShare = () => parts.canShare!;
  if (parts.clipboard !== 'absent') {
    navigator.clipboard = {
      writeText: async (text) => {
        if (parts.clipboard === 'denied') throw new DOMException('denied', 'NotAllowedError');
        copied.push(text);
      },
    };
  }
  return navigator;
}

describe('shareLink', () => {
  it('uses the share sheet when there is one, with url, title and text', async () => {
    const navigator = recordingNavigator({ share: async () => {}, canShare: true, clipboard: 'works' });
    expect(await shareLink(navigator, DATA)).toBe('share');
    expect(navigator.shared).toEqual([DATA]);
    expect(navigator.copied).toEqual([]);
  });

  it('does nothing more when the person closes the share sheet', async () => {
    const navigator = recordingNavigator({
      share: async () => {
        throw new DOMException('closed', 'AbortError');
      },
      clipboard: 'works',
    });
    expect(await shareLink(navigator, DATA)).toBe('cancelled');
    expect(navigator.copied).toEqual([]);
  });

  it('copies the link when the share sheet fails or refuses the data', async () => {
    const failing = recordingNavigator({
      share: async () => {
        throw new DOMException('no', 'NotAllowedError');
      },
      clipboard: 'works',
    });
    expect(await shareLink(failing, DATA)).toBe('copy');
    expect(failing.copied).toEqual([DATA.url]);
    const refusing = recordingNavigator({ share: async () => {}, canShare: false, clipboard: 'works' });
    expect(await shareLink(refusing, DATA)).toBe('copy');
    expect(refusing.shared).toEqual([]);
  });

  it('copies the link when canShare itself throws', async () => {
    const navigator = recordingNavigator({ share: async () => {}, clipboard: 'works' });
    navigator.canShare = () => {
      throw new TypeError('broken');
    };
    expect(await shareLink(navigator, DATA)).toBe('copy');
    expect(navigator.shared).toEqual([]);
  });

  it('copies the link where there is no share sheet (most desktop browsers)', async () => {
    const navigator = recordingNavigator({ clipboard: 'works' });
    expect(await shareLink(navigator, DATA)).toBe('copy');
    expect(navigator.copied).toEqual([DATA.url]);
  });

  it('reports failure, without throwing, when the clipboard is denied or absent', async () => {
    expect(await shareLink(recordingNavigator({ clipboard: 'denied' }), DATA)).toBe('failed');
    expect(await shareLink(recordingNavigator({ clipboard: 'absent' }), DATA)).toBe('failed');
  });
});

describe('pageShareUrl', () => {
  it("shares the page's canonical link when it has one, without the fragment", () => {
    document.head.replaceChildren();
    const link = document.createElement('link');
    link.rel = 'canonical';
    link.href = 'https://campaign.example/know-the-signs#top';
    document.head.append(link);
    expect(pageShareUrl(document)).toBe('https://campaign.example/know-the-signs');
  });

  it("ignores a canonical link that isn't a usable http(s) address", () => {
    const here = new URL(document.location.href);
    here.hash = '';
    for (const href of ['https://[broken', 'javascript:alert(1)']) {
      document.head.replaceChildren();
      const link = document.createElement('link');
      link.rel = 'canonical';
      link.setAttribute('href', href);
      document.head.append(link);
      expect(pageShareUrl(document)).toBe(here.href);
    }
  });

  it("else the page's own address without the fragment", () => {
    document.head.replaceChildren();
    const here = new URL(document.location.href);
    here.hash = '';
    expect(pageShareUrl(document)).toBe(here.href);
  });
});

describe('share options', () => {
  const resolve = (raw: RawPanelOptions) => {
    const warnings: string[] = [];
    const options = resolvePanelOptions(raw, { documentLang: null, browserLanguages: [] }, (message) =>
      warnings.push(message),
    );
    return { options, warnings };
  };

  it('is off unless the share attribute is present (and not "false")', () => {
    expect(resolve({}).options.share).toBe(false);
    expect(resolve({ share: '' }).options.share).toBe(true);
    expect(resolve({ share: 'false' }).options.share).toBe(false);
  });

  it('takes an absolute http(s) share-url and warns once about anything else', () => {
    expect(resolve({ 'share-url': 'https://example.org/a' }).options.shareUrl).toBe('https://example.org/a');
    for (const bad of ['javascript:alert(1)', '/relative', 'not a url']) {
      const { options, warnings } = resolve({ share: '', 'share-url': bad });
      expect(options.shareUrl).toBeNull();
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^\[stamp-out\] share-url/);
    }
  });
});
