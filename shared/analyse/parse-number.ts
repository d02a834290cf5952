/** Number parsing for the tokenizer: thousands separators and decimal marks as ads write them. */

/** Reads "3,500", "3.500", "3 500" as 3500 and "3.5", "3,50" as decimals. Any decimal digits. */
export function parseNumber(raw: string): number {
  let whole = 0;
  let fraction = 0;
  let scale = 1;
  let inFraction = false;
  let pendingSeparator = false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    const digit = code >= 48 && code <= 57 ? code - 48 : code >= 0x660 ? digitValue(code) : -1;
    if (digit < 0) {
      // A separator followed by exactly three digits groups thousands; otherwise it starts decimals.
      pendingSeparator = true;
      continue;
    }
    if (pendingSeparator) {
      pendingSeparator = false;
      if (!inFraction && countDigitsFrom(raw, i) !== 3) inFraction = true;
    }
    if (inFraction) {
      fraction = fraction * 10 + digit;
      scale *= 10;
    } else {
      whole = whole * 10 + digit;
    }
  }
  const value = whole + fraction / scale;
  return Number.isFinite(value) ? value : Number.NaN;
}

/** Value of a non-ASCII decimal digit: exact for the fullwidth and Arabic-Indic digits, 0 otherwise. */
function digitValue(code: number): number {
  const low = code & 0xf;
  return low < 10 ? low : 0;
}

function countDigitsFrom(raw: string, from: number): number {
  let n = 0;
  for (let i = from; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if ((code >= 48 && code <= 57) || code >= 0x660) n++;
    else break;
  }
  return n;
}
