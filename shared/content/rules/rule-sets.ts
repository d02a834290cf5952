import { BG_RULES } from './bg';
import { COMMON_RULES } from './common';
import { EN_RULES } from './en';
import { ES_RULES } from './es';
import { LT_RULES } from './lt';
import { PL_RULES } from './pl';
import { PT_RULES } from './pt';
import { RO_RULES } from './ro';
import { RU_RULES } from './ru';
import type { LanguageRules } from './types';
import { UK_RULES } from './uk';
import { VI_RULES } from './vi';
import { ZH_RULES } from './zh';

/**
 * Every language's phrases. All are matched at once (ads often mix languages), each phrase with its
 * own language's negation words.
 */
export const AD_RULE_SETS: readonly LanguageRules[] = [
  COMMON_RULES,
  EN_RULES,
  PL_RULES,
  RO_RULES,
  ES_RULES,
  PT_RULES,
  BG_RULES,
  LT_RULES,
  UK_RULES,
  RU_RULES,
  VI_RULES,
  ZH_RULES,
];
