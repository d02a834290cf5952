/**
 * Internal cues and reassurances: phrase targets that are not reported as signs themselves.
 * A cue only counts in a combination (`AD_COMBOS`); a reassurance lowers concern carefully.
 */

/** A cue: something ordinary on its own that matters together with something else. */
export interface CueRule {
  readonly id: string;
  /** True when "not"/"no" before the phrase cancels it. */
  readonly negatable: boolean;
}

/**
 * A reassurance an honest ad tends to give. Scammers copy these phrases, so a reassurance never
 * hides a strong sign: it cancels only an overlapping phrase it directly answers ("we never charge a
 * fee" is not a fee) and otherwise softens weak signs a little.
 */
export interface ReassuranceRule {
  readonly id: string;
  /** Sign ids whose overlapping phrase this reassurance cancels. */
  readonly cancels: readonly string[];
  /** Factor applied to weak-sign weights when present (1 = no effect). */
  readonly softens: number;
}

/** Cues used by `AD_COMBOS`. */
export const AD_CUES: readonly CueRule[] = [
  { id: 'cue:no-experience', negatable: false },
  { id: 'cue:high-pay', negatable: true },
  { id: 'cue:adult-work', negatable: true },
  { id: 'cue:abroad', negatable: false },
  { id: 'cue:data-entry', negatable: true },
  { id: 'cue:home', negatable: true },
  { id: 'cue:scam-place', negatable: false },
  { id: 'cue:online-work', negatable: false },
];

const FEE_SIGNS = [
  'upfront-fee',
  'deposit-required',
  'agent-commission',
  'pay-for-training-or-kit',
  'visa-fee',
  'debt-repaid-from-wages',
] as const;

/** Reassurances, each answering a sign. */
export const AD_REASSURANCES: readonly ReassuranceRule[] = [
  { id: 'ok:no-fees', cancels: FEE_SIGNS, softens: 0.85 },
  { id: 'ok:employer-pays', cancels: [...FEE_SIGNS, 'deducted-from-wages'], softens: 0.9 },
  { id: 'ok:licensed', cancels: [], softens: 0.8 },
  { id: 'ok:contract', cancels: [], softens: 0.85 },
  { id: 'ok:rights', cancels: ['cash-no-payslip'], softens: 0.85 },
];
