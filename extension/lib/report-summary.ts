import type { FoundSign } from '../../shared/analyse/types.js';
import type { Translate } from '../../shared/i18n/translator.js';

/**
 * The plain-text summary "report this ad" copies: the address, the title and each sign with its
 * quoted phrase, so the person can paste it into the helpline's report form. No personal data.
 */
export function reportSummary(t: Translate, url: string, title: string, signs: readonly FoundSign[]): string {
  const lines = [
    t('extension.report.summary'),
    `${t('extension.report.address')}: ${url}`,
    `${t('extension.report.title')}: ${title || '—'}`,
    `${t('extension.report.signs')}:`,
    ...signs.map((sign) => `- ${t(`analyser.${sign.id}.title`)}: “${sign.quote}”`),
  ];
  return lines.join('\n');
}
