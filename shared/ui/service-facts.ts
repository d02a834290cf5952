import type { HelplineService } from '../content/types.js';
import type { Translate } from '../i18n/translator.js';

/** What decides whether to call a service now, in words: free, interpreters, the areas it covers. */
export function serviceFacts(t: Translate, service: HelplineService): string[] {
  return [
    service.free ? t('ui.help.free') : '',
    service.interpreters ? t('ui.help.interpreters') : '',
    service.areas?.length
      ? t('ui.help.onlyIn', { areas: service.areas.map((area) => t(`areas.${area}`)).join(', ') })
      : '',
  ].filter(Boolean);
}
