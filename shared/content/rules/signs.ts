import type { AdSignRule, ComboRule } from './types.js';

/**
 * Every sign the job-ad analyser can report, in the order the panel lists them.
 * Weights follow one principle rather than tuning to any ad: a strong sign alone reaches `medium`
 * (0.45–0.55), a weak sign alone stays `low` (0.05–0.2), and it takes several weak signs, or a
 * strong sign and more, to reach `high`. Research found at least one indicator in 98.4 % of ordinary
 * jobs-abroad ads (volodko-2020), so the commonest weak signs weigh least.
 */
export const AD_SIGNS: readonly AdSignRule[] = [
  // Exploitation: the worker pays, owes, is controlled or is cut off.
  s(
    'upfront-fee',
    'exploitation',
    'strong',
    0.5,
    ['ilo-fair-recruitment', 'jobsaware', 'iom-romania', 'cugetliber-2017'],
    true,
  ),
  s(
    'deposit-required',
    'exploitation',
    'strong',
    0.5,
    ['ilo-fair-recruitment', 'jobsaware', 'ftc-job-scams'],
    true,
  ),
  s(
    'agent-commission',
    'exploitation',
    'strong',
    0.5,
    ['ilo-fair-recruitment', 'iom-romania', 'cugetliber-2017'],
    true,
  ),
  s(
    'pay-for-training-or-kit',
    'exploitation',
    'strong',
    0.45,
    ['ftc-job-scams', 'jobsaware', 'ilo-fair-recruitment'],
    true,
  ),
  s(
    'debt-repaid-from-wages',
    'exploitation',
    'strong',
    0.5,
    ['ilo-forced-labour-indicators', 'volodko-2020', 'tamo-lt'],
    true,
  ),
  s('wages-withheld', 'exploitation', 'strong', 0.5, ['ilo-forced-labour-indicators', 'glaa'], true),
  s(
    'documents-kept',
    'exploitation',
    'strong',
    0.55,
    ['ilo-forced-labour-indicators', 'nrm-bg', 'koveladm', 'europol-labour-trends'],
    true,
  ),
  s(
    'personal-data-upfront',
    'exploitation',
    'strong',
    0.45,
    ['facebook-help-exploitation', 'jobsaware', 'ftc-job-scams'],
    true,
  ),
  s(
    'no-written-contract',
    'exploitation',
    'strong',
    0.45,
    ['nrm-bg', 'koveladm', 'polki-2025', 'ilo-fair-recruitment'],
    true,
  ),
  s(
    'contract-on-arrival',
    'exploitation',
    'strong',
    0.45,
    ['nrm-bg', 'cugetliber-2017', 'ilo-fair-recruitment'],
    true,
  ),
  s(
    'hostess-massage-high-pay',
    'exploitation',
    'strong',
    0.5,
    ['antitraffic-bg', 'moteriai-lt', 'rtbf-2022', 'echokatolickie'],
    false,
  ),
  s(
    'id-requested-upfront',
    'exploitation',
    'weak',
    0.2,
    ['facebook-help-exploitation', 'europol-labour-trends'],
    true,
  ),
  s(
    'deducted-from-wages',
    'exploitation',
    'weak',
    0.12,
    ['volodko-2020', 'europol-labour-trends', 'glaa'],
    true,
  ),
  s('housing-provided', 'exploitation', 'weak', 0.06, ['volodko-2020', 'glaa', 'policja-2025'], true),
  s('transport-provided', 'exploitation', 'weak', 0.05, ['volodko-2020', 'glaa', 'policja-2025'], true),
  s(
    'lives-on-site',
    'exploitation',
    'weak',
    0.1,
    ['ilo-forced-labour-indicators', 'uk-home-office-signs'],
    true,
  ),
  s(
    'cash-no-payslip',
    'exploitation',
    'weak',
    0.15,
    ['uk-home-office-signs', 'washington-newsday-2021', 'glaa'],
    true,
  ),
  s('excessive-hours', 'exploitation', 'weak', 0.15, ['ilo-forced-labour-indicators', 'glaa'], true),
  s('unpaid-trial', 'exploitation', 'weak', 0.15, ['jobsaware', 'ilo-forced-labour-indicators'], true),
  s(
    'no-permit-needed',
    'exploitation',
    'weak',
    0.2,
    ['facebook-help-exploitation', 'india-mea-advisory'],
    true,
  ),
  s(
    'targets-nationality',
    'exploitation',
    'weak',
    0.12,
    ['facebook-help-exploitation', 'end-trafficking-2021'],
    true,
  ),
  s(
    'targets-gender-age',
    'exploitation',
    'weak',
    0.15,
    ['facebook-help-exploitation', 'end-trafficking-2021'],
    true,
  ),

  // Deception: the offer is not what it seems.
  s('cheque-handling', 'deception', 'strong', 0.5, ['ftc-job-scams', 'jobsaware'], true),
  s('reshipping', 'deception', 'strong', 0.5, ['ftc-job-scams', 'jobsaware'], true),
  s(
    'visa-guaranteed',
    'deception',
    'strong',
    0.45,
    ['facebook-help-exploitation', 'india-mea-advisory', 'maxsupport-ph'],
    true,
  ),
  s(
    'visa-fee',
    'deception',
    'strong',
    0.5,
    ['unison-sponsorship', 'facebook-help-exploitation', 'ilo-fair-recruitment'],
    true,
  ),
  s(
    'no-experience-high-pay',
    'deception',
    'strong',
    0.45,
    ['iom-romania', 'policja-2025', 'koveladm'],
    false,
  ),
  s(
    'pay-far-above-norm',
    'deception',
    'weak',
    0.15,
    ['iom-romania', 'ituc-cnbc-2018', 'volodko-2020'],
    false,
  ),
  s('easy-money', 'deception', 'weak', 0.15, ['iom-romania', 'suckhoedoisong'], true),
  s('no-language-needed', 'deception', 'weak', 0.12, ['iom-romania', 'policja-2025', 'koveladm'], true),
  s(
    'job-guaranteed',
    'deception',
    'weak',
    0.2,
    ['iom-romania', 'facebook-help-exploitation', 'brassar'],
    true,
  ),
  s('travel-arranged', 'deception', 'weak', 0.12, ['iom-romania', 'brassar', 'policja-2025'], true),
  s('home-data-entry', 'deception', 'weak', 0.2, ['ftc-job-scams', 'unodc-forced-criminality'], true),
  s(
    'overseas-online-job-lure',
    'deception',
    'weak',
    0.2,
    ['unodc-forced-criminality', 'baotintuc-2022'],
    true,
  ),
  s(
    'messaging-app-contact',
    'deception',
    'weak',
    0.2,
    ['facebook-help-exploitation', 'nrm-bg', 'india-mea-advisory'],
    false,
  ),
  s('personal-email-contact', 'deception', 'weak', 0.15, ['nrm-bg', 'jobsaware'], false),
  s('mobile-only-contact', 'deception', 'weak', 0.06, ['nrm-bg', 'jobsaware'], false),
  s(
    'urgency-pressure',
    'deception',
    'weak',
    0.1,
    ['iom-romania', 'facebook-help-exploitation', 'cugetliber-2017'],
    true,
  ),
  s('no-named-employer', 'deception', 'weak', 0.05, ['ituc-cnbc-2018', 'nrm-bg'], false),
  // Added by the statistical model only, with a weight the model sets (see shared/analyse/ad-model.ts).
  s('wording-like-scam-ads', 'deception', 'weak', 0.1, ['emscad'], false),
];

/**
 * Signs reported only when two things come together, because each alone is ordinary: "no experience
 * needed" is fine in an honest entry-level ad, and so is "massage therapist"; with high pay they are
 * the classic lure.
 */
export const AD_COMBOS: readonly ComboRule[] = [
  {
    sign: 'no-experience-high-pay',
    anchor: 'cue:no-experience',
    with: ['cue:high-pay', 'pay-far-above-norm', 'easy-money'],
  },
  {
    sign: 'hostess-massage-high-pay',
    anchor: 'cue:adult-work',
    with: [
      'cue:high-pay',
      'pay-far-above-norm',
      'easy-money',
      'travel-arranged',
      'targets-gender-age',
      'cue:abroad',
    ],
  },
  { sign: 'home-data-entry', anchor: 'cue:data-entry', with: ['cue:home'] },
  {
    sign: 'overseas-online-job-lure',
    anchor: 'cue:scam-place',
    with: [
      'cue:online-work',
      'travel-arranged',
      'cue:high-pay',
      'easy-money',
      'pay-far-above-norm',
      'housing-provided',
    ],
  },
];

/** Looks up a sign by id. */
export function adSignById(id: string): AdSignRule | undefined {
  return AD_SIGNS.find((sign) => sign.id === id);
}

function s(
  id: string,
  family: AdSignRule['family'],
  strength: AdSignRule['strength'],
  weight: number,
  sources: readonly string[],
  negatable: boolean,
): AdSignRule {
  return { id, family, strength, weight, sources, negatable };
}
