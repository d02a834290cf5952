import {
  CURRENCIES,
  HIGH_PAY_EUR,
  PERIOD_WORDS,
  RATE_ADVERBS,
  RATE_CONNECTORS,
  type PayPeriod,
} from '../content/rules/money.js';
import { TOKEN_KIND, type TokenList } from './types.js';

/** A stated amount of pay that is far above the norm for its period. */
export interface HighPay {
  /** Token range [first, last] covering currency, amount and period. */
  readonly first: number;
  readonly last: number;
  readonly euros: number;
  readonly period: PayPeriod;
}

/** Words that multiply the number before them ("50k", "20 triệu", "3 mil", "1,5 тыс"). */
const MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1000,
  tys: 1000,
  tysiecy: 1000,
  mil: 1000,
  тыс: 1000,
  тис: 1000,
  хил: 1000,
  nghin: 1000,
  ngan: 1000,
  trieu: 1_000_000,
  万: 10_000,
  千: 1000,
};
/** Currencies implied by a multiplier when none is written ("20 triệu" is dong, "2万" is yuan). */
const IMPLIED_CURRENCY: Readonly<Record<string, string>> = { trieu: 'vnd', 万: 'cny', 千: 'cny' };
/** How far after the amount the rate may start ("€3,000 net per month"). */
const CONNECTOR_WINDOW = 2;
const CONNECTORS: ReadonlySet<string> = new Set(RATE_CONNECTORS);
const ADVERBS: ReadonlySet<string> = new Set(RATE_ADVERBS);
const NUM = TOKEN_KIND.num;

function currencyOf(tokens: TokenList, i: number): number | undefined {
  if (i < 0 || i >= tokens.length || tokens.kind[i] === NUM) return undefined;
  return CURRENCIES[tokens.norm[i]!];
}

/**
 * Finds the first amount like "€3,000 per week", "earn $500/day", "20 000 zł miesięcznie" that is far
 * above ordinary pay for its period. Amounts without a currency, or without a period, are ignored.
 * Each number token is looked at once with a bounded window, so this is linear.
 */
export function findHighPay(tokens: TokenList): HighPay | undefined {
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    if (tokens.kind[i] !== NUM || !Number.isFinite(tokens.value[i]!)) continue;
    const sent = tokens.sent[i];
    // A range (3000 to 4000, written with a dash) is read once, from its first number.
    if (i > 0 && tokens.kind[i - 1] === NUM && tokens.sent[i - 1] === sent) continue;
    let first = i;
    let last = i;
    let amount = tokens.value[i]!;
    if (i + 1 < n && tokens.kind[i + 1] === NUM && tokens.sent[i + 1] === sent) {
      last = i + 1;
      amount = Math.max(amount, tokens.value[i + 1]!);
    }
    let rate = currencyOf(tokens, i - 1);
    if (rate !== undefined) first = i - 1;
    const multiplier =
      last + 1 < n && tokens.kind[last + 1] !== NUM ? MULTIPLIERS[tokens.norm[last + 1]!] : undefined;
    if (multiplier !== undefined) {
      amount *= multiplier;
      last++;
      const implied = IMPLIED_CURRENCY[tokens.norm[last]!];
      if (rate === undefined && implied !== undefined) rate = CURRENCIES[implied];
    }
    if (rate === undefined) {
      rate = currencyOf(tokens, last + 1);
      if (rate !== undefined) last++;
    }
    if (rate === undefined) continue;
    const clause = tokens.clause[last];
    for (let j = last + 1; j < n && j <= last + CONNECTOR_WINDOW; j++) {
      if (tokens.clause[j] !== clause || tokens.kind[j] === NUM) break;
      const word = tokens.norm[j]!;
      let periodAt = -1;
      if (ADVERBS.has(word)) periodAt = j;
      else if (CONNECTORS.has(word) && j + 1 < n && tokens.clause[j + 1] === clause) periodAt = j + 1;
      const period = periodAt >= 0 ? PERIOD_WORDS[tokens.norm[periodAt]!] : undefined;
      if (period === undefined) continue;
      if (amount * rate >= HIGH_PAY_EUR[period])
        return { first, last: periodAt, euros: amount * rate, period };
      break;
    }
  }
  return undefined;
}
