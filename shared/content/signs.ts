/**
 * Signs worth checking, for each audience. The words are `signs.<id>` in the locale files; this file
 * says where each sign belongs, who sees it and which sources back it (ids from `sources.ts`).
 * A sign is never proof: it is a reason to look more closely or to ask a helpline.
 */
import type { Sign } from './types.js';

/** General signs in another person (UK Home Office style headings, plus Salvation Army additions). */
const GENERAL: readonly Sign[] = [
  {
    id: 'general-appearance',
    group: 'general',
    audiences: ['public'],
    sources: ['uk-home-office-signs', 'dhs-blue-campaign'],
  },
  {
    id: 'general-controlled',
    group: 'general',
    audiences: ['public', 'employer'],
    sources: ['uk-home-office-signs', 'polaris-signs'],
  },
  {
    id: 'general-living-conditions',
    group: 'general',
    audiences: ['public'],
    sources: ['uk-home-office-signs', 'ilo-forced-labour-indicators'],
  },
  {
    id: 'general-no-documents',
    group: 'general',
    audiences: ['public'],
    sources: ['uk-home-office-signs', 'polaris-signs'],
  },
  {
    id: 'general-restricted-movement',
    group: 'general',
    audiences: ['public'],
    sources: ['uk-home-office-signs', 'ilo-forced-labour-indicators'],
  },
  {
    id: 'general-travel-times',
    group: 'general',
    audiences: ['public'],
    sources: ['uk-home-office-signs'],
  },
  {
    id: 'general-afraid-to-seek-help',
    group: 'general',
    audiences: ['public'],
    sources: ['uk-home-office-signs', 'dhs-blue-campaign'],
  },
  {
    id: 'general-travel-paid',
    group: 'general',
    audiences: ['public'],
    sources: ['cityhearts-referral-number'],
  },
  {
    id: 'general-unsure-address',
    group: 'general',
    audiences: ['public'],
    sources: ['cityhearts-referral-number', 'uk-home-office-signs'],
  },
  {
    id: 'general-debt',
    group: 'general',
    audiences: ['public'],
    sources: ['ilo-forced-labour-indicators', 'polaris-signs', 'afp-human-trafficking'],
  },
];

/** Labour exploitation: ILO indicators and UK police / network lists. */
const LABOUR: readonly Sign[] = [
  {
    id: 'labour-deceived',
    group: 'labour',
    audiences: ['public'],
    sources: ['ilo-forced-labour-indicators', 'polaris-labour'],
  },
  {
    id: 'labour-no-safety-gear',
    group: 'labour',
    audiences: ['public'],
    sources: ['wmas-labour', 'uk-home-office-signs'],
  },
  {
    id: 'labour-deductions',
    group: 'labour',
    audiences: ['public', 'employer'],
    sources: ['wmas-labour', 'ilo-forced-labour-indicators'],
  },
  {
    id: 'labour-withheld-wages',
    group: 'labour',
    audiences: ['public'],
    sources: ['ilo-forced-labour-indicators', 'polaris-labour'],
  },
  {
    id: 'labour-excessive-hours',
    group: 'labour',
    audiences: ['public'],
    sources: ['ilo-forced-labour-indicators', 'polaris-signs'],
  },
  {
    id: 'labour-watched',
    group: 'labour',
    audiences: ['public'],
    sources: ['wmas-labour', 'south-yorkshire-police-2017', 'polaris-labour'],
  },
  {
    id: 'labour-threats',
    group: 'labour',
    audiences: ['public'],
    sources: ['ilo-forced-labour-indicators', 'polaris-labour'],
  },
  {
    id: 'labour-cash-to-boss',
    group: 'labour',
    audiences: ['public'],
    sources: ['asiox', 'washington-newsday-2021', 'wmas-labour'],
  },
  {
    id: 'labour-sleeps-at-work',
    group: 'labour',
    audiences: ['public'],
    sources: ['wmas-labour', 'polaris-labour'],
  },
];

/** Sexual exploitation: Irish, STOP THE TRAFFIK and UK network lists, plus property signs. */
const SEXUAL: readonly Sign[] = [
  {
    id: 'sexual-moved-around',
    group: 'sexual',
    audiences: ['public'],
    sources: ['blue-blindfold', 'wmas'],
  },
  {
    id: 'sexual-sleeps-at-work',
    group: 'sexual',
    audiences: ['public'],
    sources: ['blue-blindfold', 'stop-the-traffik'],
  },
  {
    id: 'sexual-few-clothes',
    group: 'sexual',
    audiences: ['public'],
    sources: ['blue-blindfold'],
  },
  {
    id: 'sexual-limited-language',
    group: 'sexual',
    audiences: ['public'],
    sources: ['blue-blindfold'],
  },
  {
    id: 'sexual-no-money',
    group: 'sexual',
    audiences: ['public'],
    sources: ['blue-blindfold', 'polaris-signs'],
  },
  {
    id: 'sexual-ownership-tattoo',
    group: 'sexual',
    audiences: ['public'],
    sources: ['stop-the-traffik', 'end-trafficking-2021'],
  },
  {
    id: 'sexual-premises',
    group: 'sexual',
    audiences: ['public'],
    sources: ['ourwatch-property-signs', 'stop-the-traffik'],
  },
  {
    id: 'sexual-under-18',
    group: 'sexual',
    audiences: ['public'],
    sources: ['polaris-signs', 'dhs-blue-campaign'],
  },
];

/** Domestic servitude in a private home. */
const DOMESTIC: readonly Sign[] = [
  {
    id: 'domestic-eats-apart',
    group: 'domestic',
    audiences: ['public'],
    sources: ['hope-for-justice-domestic', 'wmas-domestic'],
  },
  {
    id: 'domestic-no-own-space',
    group: 'domestic',
    audiences: ['public'],
    sources: ['hope-for-justice-domestic'],
  },
  {
    id: 'domestic-on-call',
    group: 'domestic',
    audiences: ['public'],
    sources: ['hope-for-justice-domestic', 'wmas-domestic'],
  },
  {
    id: 'domestic-never-out-alone',
    group: 'domestic',
    audiences: ['public'],
    sources: ['hope-for-justice-domestic'],
  },
  {
    id: 'domestic-dressed-worse',
    group: 'domestic',
    audiences: ['public'],
    sources: ['wmas-domestic'],
  },
  {
    id: 'domestic-cut-off',
    group: 'domestic',
    audiences: ['public'],
    sources: ['ilo-forced-labour-indicators', 'dhs-blue-campaign'],
  },
  {
    id: 'domestic-reported-missing',
    group: 'domestic',
    audiences: ['public'],
    sources: ['hope-for-justice-domestic'],
  },
];

/** Criminal exploitation, including county lines, cuckooing and cannabis farms. */
const CRIMINAL: readonly Sign[] = [
  {
    id: 'criminal-goes-missing',
    group: 'criminal',
    audiences: ['public'],
    sources: ['pace-uk', 'watford-county-lines'],
  },
  {
    id: 'criminal-unexplained-money',
    group: 'criminal',
    audiences: ['public'],
    sources: ['pace-uk', 'warwickshire-police'],
  },
  {
    id: 'criminal-several-phones',
    group: 'criminal',
    audiences: ['public'],
    sources: ['watford-county-lines'],
  },
  {
    id: 'criminal-odd-travel',
    group: 'criminal',
    audiences: ['public'],
    sources: ['watford-county-lines', 'pace-uk'],
  },
  {
    id: 'criminal-older-associates',
    group: 'criminal',
    audiences: ['public'],
    sources: ['pace-uk', 'sams-partnership'],
  },
  {
    id: 'criminal-injuries',
    group: 'criminal',
    audiences: ['public'],
    sources: ['pace-uk'],
  },
  {
    id: 'criminal-cuckooing',
    group: 'criminal',
    audiences: ['public'],
    sources: ['watford-county-lines', 'warwickshire-police'],
  },
  {
    id: 'criminal-cannabis-farm',
    group: 'criminal',
    audiences: ['public'],
    sources: ['sams-partnership', 'ourwatch-property-signs'],
  },
];

/** Organ harvesting: no official indicator list exists, so these follow documented cases and HTA guidance. */
const ORGAN: readonly Sign[] = [
  {
    id: 'organ-posed-as-relative',
    group: 'organ',
    audiences: ['public'],
    sources: ['freedom-united-2023', 'hta-2022'],
  },
  {
    id: 'organ-pressured-donor',
    group: 'organ',
    audiences: ['public'],
    sources: ['hta-2022', 'telegraph-2019-organs'],
  },
  {
    id: 'organ-brought-from-abroad',
    group: 'organ',
    audiences: ['public'],
    sources: ['freedom-united-2023', 'telegraph-2019-organs'],
  },
];

/** For jobseekers: what a genuine job never asks of you (job-ad red flags turned into plain checks). */
const JOBSEEKER: readonly Sign[] = [
  {
    id: 'job-no-fee',
    group: 'general',
    audiences: ['jobseeker'],
    sources: ['ilo-fair-recruitment', 'workrights-centre', 'iom-romania', 'facebook-help-exploitation'],
  },
  {
    id: 'job-keep-passport',
    group: 'general',
    audiences: ['jobseeker'],
    sources: [
      'ilo-forced-labour-indicators',
      'law-centre-ni',
      'europol-labour-trends',
      'nrm-bg',
      'nz-immigration-victims',
    ],
  },
  {
    id: 'job-contract-first',
    group: 'general',
    audiences: ['jobseeker'],
    sources: ['iom-romania', 'nrm-bg', 'gbcat-2022', 'cugetliber-2017'],
  },
  {
    id: 'job-real-employer',
    group: 'general',
    audiences: ['jobseeker'],
    sources: ['ituc-cnbc-2018', 'nrm-bg', 'jobsaware', 'facebook-help-exploitation'],
  },
  {
    id: 'job-own-bank-account',
    group: 'general',
    audiences: ['jobseeker'],
    sources: ['europol-labour-trends', 'washington-newsday-2021', 'asiox'],
  },
  {
    id: 'job-deductions-in-writing',
    group: 'general',
    audiences: ['jobseeker'],
    sources: ['volodko-2020', 'europol-labour-trends', 'wmas-labour'],
  },
  {
    id: 'job-free-to-leave',
    group: 'general',
    audiences: ['jobseeker'],
    sources: ['ilo-forced-labour-indicators', 'polaris-labour', 'nz-immigration-victims'],
  },
  {
    id: 'job-no-rush',
    group: 'general',
    audiences: ['jobseeker'],
    sources: ['iom-romania', 'facebook-help-exploitation'],
  },
  {
    id: 'job-interview',
    group: 'general',
    audiences: ['jobseeker'],
    sources: ['iom-romania', 'facebook-help-exploitation', 'brassar'],
  },
  {
    id: 'job-realistic-pay',
    group: 'general',
    audiences: ['jobseeker'],
    sources: ['iom-romania', 'ituc-cnbc-2018', 'europol-hackathon-2023'],
  },
  {
    id: 'job-right-visa',
    group: 'general',
    audiences: ['jobseeker'],
    sources: ['facebook-help-exploitation', 'india-mea-advisory', 'unison-sponsorship'],
  },
];

/** For employers: what to check in labour providers and supply chains. */
const EMPLOYER: readonly Sign[] = [
  {
    id: 'employer-check-licence',
    group: 'labour',
    audiences: ['employer'],
    sources: ['glaa', 'gbcat-2022', 'bytow-policja'],
  },
  {
    id: 'employer-worker-paid-fees',
    group: 'labour',
    audiences: ['employer'],
    sources: ['ilo-fair-recruitment', 'h2recruiter', 'unison-sponsorship'],
  },
  {
    id: 'employer-shared-bank-account',
    group: 'labour',
    audiences: ['employer'],
    sources: ['europol-labour-trends', 'glaa'],
  },
  {
    id: 'employer-shared-address',
    group: 'labour',
    audiences: ['employer'],
    sources: ['glaa', 'uk-home-office-signs', 'ourwatch-property-signs'],
  },
  {
    id: 'employer-driven-in-groups',
    group: 'labour',
    audiences: ['employer'],
    sources: ['wmas-labour', 'uk-home-office-signs'],
  },
  {
    id: 'employer-provider-holds-documents',
    group: 'labour',
    audiences: ['employer'],
    sources: ['ilo-forced-labour-indicators', 'europol-labour-trends', 'wmas-labour'],
  },
  {
    id: 'employer-below-minimum-wage',
    group: 'labour',
    audiences: ['employer'],
    sources: ['wmas-labour', 'south-yorkshire-police-2017'],
  },
  {
    id: 'employer-housing-and-transport',
    group: 'labour',
    audiences: ['employer'],
    sources: ['glaa', 'volodko-2020'],
  },
  {
    id: 'employer-check-subcontractors',
    group: 'labour',
    audiences: ['employer'],
    sources: ['ilo-fair-recruitment'],
  },
];

/** Every sign, in display order: general, then each exploitation type, then jobseeker and employer checks. */
export const SIGNS: readonly Sign[] = [
  ...GENERAL,
  ...LABOUR,
  ...SEXUAL,
  ...DOMESTIC,
  ...CRIMINAL,
  ...ORGAN,
  ...JOBSEEKER,
  ...EMPLOYER,
];
