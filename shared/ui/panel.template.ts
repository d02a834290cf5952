import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { MYTHS } from '../content/myths.js';
import type { HelplineService, PhoneNumber } from '../content/types.js';
import { LANGUAGES } from '../i18n/languages.js';
import { formatHours } from './format-hours.js';
import { INTERNATIONAL, type PanelController } from './panel.controller.js';
import type { ContactChannel } from './panel.events.js';
import { regionName, regionsByName } from './region-names.js';
import { serviceFacts } from './service-facts.js';
import { shareTemplate } from './share.template.js';
import { signsForAudience } from './sign-groups.js';

/** Ids inside one shadow root only, so fixed ids can't clash with the host page. */
const HEADING_ID = 'stamp-out-heading';

function countryName(code: string, lang: string, internationalLabel: string): string {
  return code === INTERNATIONAL ? internationalLabel : regionName(code, lang);
}

/** A number kept left-to-right inside any text direction. */
function number(phone: PhoneNumber): TemplateResult {
  return html`<bdi dir="ltr">${phone.display}</bdi>`;
}

function contactLink(
  c: PanelController,
  channel: ContactChannel,
  href: string,
  label: string,
  content: TemplateResult | string,
  external = false,
): TemplateResult {
  return html`<a
    part="action action-${channel}"
    class="action action-${channel}"
    href=${href}
    target=${external ? '_blank' : nothing}
    rel=${external ? 'noopener noreferrer' : nothing}
    @click=${() => c.contact(channel, href)}
    ><span class="action-label">${label}</span> ${content}</a
  >`;
}

function serviceDetails(c: PanelController, service: HelplineService): TemplateResult {
  const { t } = c;
  const facts = [
    service.hours && c.painted ? formatHours(service.hours, c.language, t('ui.help.always')) : '',
    ...serviceFacts(t, service),
  ].filter(Boolean);
  const line = [t(`serviceKind.${service.kind}`), service.operator ?? '', ...facts].filter(Boolean);
  return html`<p class="service-name">${service.name}</p>
    <p class="service-facts">${line.join(' · ')}</p>`;
}

function serviceActions(c: PanelController, service: HelplineService): TemplateResult {
  const { t } = c;
  return html`<ul class="actions" role="list">
    ${
      service.phone
        ? html`<li>
            ${contactLink(c, 'phone', `tel:${service.phone.dial}`, t('ui.help.call'), number(service.phone))}
          </li>`
        : nothing
    }
    ${
      service.sms
        ? html`<li>
            ${contactLink(c, 'sms', `sms:${service.sms.dial}`, t('ui.help.text'), number(service.sms))}
          </li>`
        : nothing
    }
    ${
      service.web
        ? html`<li>
            ${contactLink(c, 'web', service.web, t('ui.help.web'), html`<span class="visually-hidden">(${t('ui.newTab')})</span>`, true)}
          </li>`
        : nothing
    }
  </ul>`;
}

function regionChooser(c: PanelController): TemplateResult {
  const { t } = c;
  const international = t('ui.region.international');
  const codes = regionsByName(c.language);
  return html`<label class="field">
    <span>${t('ui.region.label')}</span>
    <select
      part="select"
      @change=${(event: Event) => c.chooseRegion((event.target as HTMLSelectElement).value)}
    >
      ${codes.map(
        ({ code, name }) => html`<option value=${code} ?selected=${code === c.region}>${name}</option>`,
      )}
      <option value=${INTERNATIONAL} ?selected=${c.region === INTERNATIONAL}>${international}</option>
    </select>
  </label>`;
}

function languagePicker(c: PanelController): TemplateResult {
  return html`<label class="field">
    <span>${c.t('ui.language.label')}</span>
    <select
      part="select"
      @change=${(event: Event) => c.chooseLanguage((event.target as HTMLSelectElement).value)}
    >
      ${LANGUAGES.map(
        (language) =>
          html`<option value=${language.code} lang=${language.code} ?selected=${language.code === c.language}>
            ${language.nativeName}
          </option>`,
      )}
    </select>
  </label>`;
}

/** The helpline block: first service's actions, the emergency number, other services, the chooser. */
export function helplineTemplate(c: PanelController): TemplateResult {
  const { t } = c;
  const helplines = c.helplines;
  const [first, ...others] = helplines.services;
  const emergency = helplines.emergency[0];
  const showChooser = c.chooserOpen || c.regionUncertain;
  return html`<section part="helpline" class="helpline">
    <h3 id="stamp-out-help">${t('ui.help.heading')}</h3>
    ${c.region === INTERNATIONAL ? html`<p>${t('ui.region.noHelpline')}</p>` : nothing}
    ${first ? html`${serviceDetails(c, first)}${serviceActions(c, first)}` : nothing}
    ${
      emergency
        ? html`<p class="emergency">
            ${t('ui.help.emergency')}
            ${contactLink(c, 'emergency', `tel:${emergency.dial}`, '', number(emergency))}
          </p>`
        : nothing
    }
    ${
      others.length
        ? html`<details class="more">
            <summary>${t('ui.help.more')}</summary>
            ${others.map((service) => html`<div class="service">${serviceDetails(c, service)}${serviceActions(c, service)}</div>`)}
          </details>`
        : nothing
    }
    <div class="region">
      ${
        c.regionUncertain
          ? html`<p>${t('ui.region.choose')}</p>`
          : html`<p>
              ${
                c.painted
                  ? t('ui.region.notIn', {
                      country: countryName(c.region, c.language, t('ui.region.international')),
                    })
                  : nothing
              }
              <button
                type="button"
                part="button"
                class="link-button"
                aria-expanded=${showChooser ? 'true' : 'false'}
                @click=${() => c.toggleChooser()}
              >
                ${t('ui.region.change')}
              </button>
            </p>`
      }
      ${showChooser ? regionChooser(c) : nothing}
    </div>
  </section>`;
}

function signsTemplate(c: PanelController): TemplateResult {
  const { t } = c;
  const { audience, types } = c.options;
  const { own, sections } = signsForAudience(audience, types);
  const sectionList = sections.map(
    (section, index) =>
      html`<details class="signs-group" ?open=${audience === 'public' && index === 0}>
        <summary>${t(`groups.${section.group}`)}</summary>
        <ul>
          ${section.signs.map((sign) => html`<li>${t(`signs.${sign.id}`)}</li>`)}
        </ul>
      </details>`,
  );
  return html`<section part="signs" class="signs">
    <h3 id="stamp-out-signs">${t(`ui.signs.heading.${audience}`)}</h3>
    ${
      own.length
        ? html`<ul class="own-signs">
              ${own.map((sign) => html`<li>${t(`signs.${sign.id}`)}</li>`)}
            </ul>
            <h4>${t('ui.signs.heading.public')}</h4>`
        : nothing
    }
    ${sectionList}
  </section>`;
}

function mythsTemplate(c: PanelController): TemplateResult {
  const { t } = c;
  return html`<section part="myths" class="myths">
    <h3 id="stamp-out-myths">${t('ui.myths.heading')}</h3>
    ${MYTHS.map(
      (myth) =>
        html`<details class="myth">
          <summary><span class="tag">${t('ui.myths.myth')}</span> ${t(`myths.${myth.id}.myth`)}</summary>
          <p><span class="tag">${t('ui.myths.fact')}</span> ${t(`myths.${myth.id}.fact`)}</p>
        </details>`,
    )}
  </section>`;
}

function quickExitTemplate(c: PanelController): TemplateResult | typeof nothing {
  if (!c.options.quickExit) return nothing;
  // The hint first, so the link always ends the row, at the inline end, however long the hint runs
  // (focus order is unchanged: the hint is not focusable).
  return html`<div class="quick-exit">
    <span class="quick-exit-hint">${c.t('ui.exit.hint')}</span>
    <a
      part="quick-exit"
      class="quick-exit-link"
      href=${c.options.exitUrl}
      rel="nofollow noreferrer"
      @click=${(event: Event) => {
        event.preventDefault();
        c.exit();
      }}
      >${c.t('ui.exit.link')}</a
    >
  </div>`;
}

/** What a host adds to the shared panel (the extension: the ad's analysis and its own launcher label). */
export interface PanelExtras {
  /** Shown on the launcher button instead of the default label. */
  readonly launcherLabel?: string;
  /** Rendered after the introduction, before the helpline. */
  readonly lead?: TemplateResult;
}

/** The panel's content, without the launcher: used inline by `card` and `banner`, and in the dialog. */
export function panelBodyTemplate(c: PanelController, extras: PanelExtras = {}): TemplateResult {
  const { t } = c;
  const { audience, variant } = c.options;
  return html`${quickExitTemplate(c)}
    <h2 id=${HEADING_ID} part="heading">${t('ui.title')}</h2>
    <p class="intro">${t(`ui.intro.${audience}`)}</p>
    ${extras.lead ?? nothing} ${helplineTemplate(c)}
    ${
      variant === 'banner'
        ? html`<details class="banner-more">
            <summary>${t('ui.banner.more')}</summary>
            ${signsTemplate(c)} ${mythsTemplate(c)}
          </details>`
        : html`${signsTemplate(c)} ${mythsTemplate(c)}`
    }
    <div class="footer">
      ${c.painted ? languagePicker(c) : nothing} ${shareTemplate(c)}
      <p class="privacy">${t('ui.privacy')}</p>
    </div>`;
}

/** The launcher's dialog element per panel, set by lit's `ref` when it renders. */
const dialogs = new WeakMap<PanelController, HTMLDialogElement>();

function launcherTemplate(c: PanelController, extras: PanelExtras): TemplateResult {
  const { t } = c;
  const dialog = (): HTMLDialogElement | undefined => dialogs.get(c);
  return html`<button
      type="button"
      part="launcher"
      class="launcher"
      aria-haspopup="dialog"
      @click=${() => {
        dialog()?.showModal();
        c.setDialogOpen(true);
      }}
    >
      ${extras.launcherLabel ?? t('ui.launcher.open')}
    </button>
    <dialog
      part="dialog"
      class="dialog"
      aria-labelledby=${HEADING_ID}
      ${ref((element) => {
        if (element) dialogs.set(c, element as HTMLDialogElement);
      })}
      @close=${() => c.setDialogOpen(false)}
    >
      <div part="panel" class="panel">
        <button
          type="button"
          part="button close"
          class="close"
          @click=${() => dialog()?.close()}
          aria-label=${t('ui.launcher.close')}
        >
          <span aria-hidden="true">×</span>
        </button>
        ${c.dialogOpen ? panelBodyTemplate(c, extras) : nothing}
      </div>
    </dialog>`;
}

/** The whole panel for any variant, plus the live region and the quick-exit overlay. */
export function panelTemplate(c: PanelController, extras: PanelExtras = {}): TemplateResult {
  const { variant, theme } = c.options;
  return html`<div class="root theme-${theme} variant-${variant}" lang=${c.language} dir=${c.dir}>
    ${
      variant === 'launcher'
        ? launcherTemplate(c, extras)
        : // Not a landmark: pages may hold several panels, and landmarks need unique names.
          html`<div part="panel" class="panel">${panelBodyTemplate(c, extras)}</div>`
    }
    <div class="visually-hidden" role="status" aria-live="polite">${c.status}</div>
    ${
      c.exiting
        ? html`<dialog
            class="exit-overlay"
            aria-label=${c.t('ui.exit.loading')}
            ${ref((element) => {
              const overlay = element as HTMLDialogElement | undefined;
              if (overlay && !overlay.open) overlay.showModal();
            })}
          ></dialog>`
        : nothing
    }
  </div>`;
}
