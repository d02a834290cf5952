import { BG_RULES } from './bg.js';
import { COMMON_RULES } from './common.js';
import { EN_RULES } from './en.js';
import { ES_RULES } from './es.js';
import { LT_RULES } from './lt.js';
import { PL_RULES } from './pl.js';
import { PT_RULES } from './pt.js';
import { RO_RULES } from './ro.js';
import { RU_RULES } from './ru.js';
import type { LanguageRules } from './types.js';
import { UK_RULES } from './uk.js';
import { VI_RULES } from './vi.js';
import { ZH_RULES } from './zh.js';

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
