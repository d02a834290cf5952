import { describe, expect, it } from 'vitest';
import { normaliseWord } from '../../../shared/analyse/normalise';
import { parseNumber } from '../../../shared/analyse/parse-number';
import { tokenize } from '../../../shared/analyse/tokenize';
import { TOKEN_KIND } from '../../../shared/analyse/types';

function norms(text: string): string[] {
  const { tokens } = tokenize(text);
  return tokens.norm.slice(0, tokens.length);
}

describe('tokenizer', () => {
  it('keeps original offsets for every token', () => {
    const text = '  Opłata  REJESTRACYJNA:\tDon’t pay!';
    const { tokens } = tokenize(text);
    expect(norms(text)).toEqual(['oplata', 'rejestracyjna', 'dont', 'pay']);
    expect(text.slice(tokens.start[0], tokens.end[0])).toBe('Opłata');
    expect(text.slice(tokens.start[2], tokens.end[2])).toBe('Don’t');
  });

  it('folds accents and special letters', () => {
    expect(normaliseWord('Ţară')).toBe('tara');
    expect(normaliseWord('Straße')).toBe('strasse');
    expect(normaliseWord('Việc')).toBe('viec');
    expect(normaliseWord('Đặt')).toBe('dat');
    expect(normaliseWord('Її')).toBe('її'.normalize('NFD').replace(/\p{M}/gu, ''));
  });

  it('reads numbers with thousands separators and decimals', () => {
    expect(parseNumber('3,500')).toBe(3500);
    expect(parseNumber('3.500')).toBe(3500);
    expect(parseNumber('3 500')).toBe(3500);
    expect(parseNumber('3.5')).toBe(3.5);
    expect(parseNumber('1,000,000.25')).toBe(1000000.25);
    const { tokens } = tokenize('€3 500 per week');
    expect(tokens.kind[1]).toBe(TOKEN_KIND.num);
    expect(tokens.value[1]).toBe(3500);
  });

  it('makes one token of each e-mail, web address and masked contact', () => {
    const { tokens } = tokenize('Mail a.b@gmail.com, see https://example.org/jobs. Call #PHONE_abc123#.');
    const kinds = [...tokens.kind.slice(0, tokens.length)];
    expect(kinds).toContain(TOKEN_KIND.email);
    expect(kinds).toContain(TOKEN_KIND.url);
    expect(kinds).toContain(TOKEN_KIND.phone);
    expect(tokens.norm[kinds.indexOf(TOKEN_KIND.email)]).toBe('gmail.com');
  });

  it('cuts Chinese into characters and ends sentences on CJK and ordinary punctuation', () => {
    const { tokens } = tokenize('包吃包住。高薪! New. sentence');
    expect(tokens.norm.slice(0, 4)).toEqual(['包', '吃', '包', '住']);
    expect(tokens.sent[4]).toBeGreaterThan(tokens.sent[3]!);
    expect(tokens.sent[7]).toBeGreaterThan(tokens.sent[6]!);
  });

  it('does not end a sentence inside a decimal number or a domain', () => {
    const { tokens } = tokenize('Pay 3.5 per hour');
    expect(tokens.sent[0]).toBe(tokens.sent[3]);
  });

  it('survives lone surrogates and gives astral letters a word', () => {
    expect(() => tokenize('\uD800\uDC00\uD800 x \uDFFF')).not.toThrow();
    expect(norms('𝐁𝐨𝐥𝐝 word')).toContain('word');
  });
});
