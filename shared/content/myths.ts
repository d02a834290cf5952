/**
 * Common myths about modern slavery and the facts that answer them. The words are `myths.<id>.myth` and
 * `myths.<id>.fact` in the locale files; numbers quoted there come from the sources listed here.
 */
import type { Myth } from './types.js';

/** Every myth, in display order. */
export const MYTHS: readonly Myth[] = [
  { id: 'myth-only-women', sources: ['home-office-nrm-q2-2024'] },
  { id: 'myth-only-foreigners', sources: ['home-office-nrm-2024'] },
  { id: 'myth-must-cross-border', sources: ['eu-home-affairs-2025', 'watford-county-lines'] },
  { id: 'myth-locked-up', sources: ['ilo-forced-labour-indicators', 'polaris-labour'] },
  { id: 'myth-only-illegal-work', sources: ['polaris-h2a'] },
  {
    id: 'myth-would-ask-for-help',
    sources: ['uk-home-office-signs', 'polaris-labour', 'islington-sab'],
  },
  { id: 'myth-agreed-so-not-exploited', sources: ['ilo-forced-labour-indicators', 'polaris-labour'] },
  {
    id: 'myth-not-near-me',
    sources: ['asiox', 'islington-sab', 'polaris-h2a', 'easterneye-2024', 'hope-for-justice-domestic'],
  },
  { id: 'myth-only-sex', sources: ['eu-home-affairs-2025'] },
];
