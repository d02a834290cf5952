import { css } from 'lit';

/**
 * The panel's styles. The host page is hostile: `:host` resets everything with `!important` (inside a
 * shadow root, important declarations beat the page's important ones), sizes are in px/em (never rem:
 * pages change the root size), and layout uses logical properties so right-to-left just works.
 * Partners brand it through the `--stamp-out-*` custom properties and `::part()`.
 */
export const panelStyles = css`
  :host {
    all: initial !important;
    display: block !important;
    visibility: visible !important;
    opacity: 1 !important;
    font-size: 16px !important;
    line-height: 1.45 !important;
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none !important;
  }
  :host([variant='launcher']) {
    position: fixed !important;
    inset-block-end: var(--stamp-out-offset, 16px) !important;
    inset-inline-end: var(--stamp-out-offset, 16px) !important;
    z-index: var(--stamp-out-z-index, 2147483000) !important;
    width: auto !important;
    max-width: calc(100vw - 2 * var(--stamp-out-offset, 16px)) !important;
  }

  .root {
    --_accent: var(--stamp-out-accent, #1d4ed8);
    --_accent-text: var(--stamp-out-accent-text, #ffffff);
    --_bg: var(--stamp-out-background, #ffffff);
    --_text: var(--stamp-out-text, #1f2937);
    --_muted: var(--stamp-out-muted, #4b5563);
    --_border: var(--stamp-out-border, #d1d5db);
    --_surface: var(--stamp-out-surface, #f3f4f6);
    --_focus: var(--stamp-out-focus, #b45309);
    --_radius: var(--stamp-out-radius, 8px);
    font-family: var(
      --stamp-out-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      Arial,
      sans-serif
    );
    font-size: var(--stamp-out-font-size, 1em);
    color: var(--_text);
    text-align: start;
  }
  .theme-dark {
    --_accent: var(--stamp-out-accent, #93c5fd);
    --_accent-text: var(--stamp-out-accent-text, #0b1220);
    --_bg: var(--stamp-out-background, #111827);
    --_text: var(--stamp-out-text, #f9fafb);
    --_muted: var(--stamp-out-muted, #d1d5db);
    --_border: var(--stamp-out-border, #4b5563);
    --_surface: var(--stamp-out-surface, #1f2937);
    --_focus: var(--stamp-out-focus, #fbbf24);
  }
  @media (prefers-color-scheme: dark) {
    .theme-auto {
      --_accent: var(--stamp-out-accent, #93c5fd);
      --_accent-text: var(--stamp-out-accent-text, #0b1220);
      --_bg: var(--stamp-out-background, #111827);
      --_text: var(--stamp-out-text, #f9fafb);
      --_muted: var(--stamp-out-muted, #d1d5db);
      --_border: var(--stamp-out-border, #4b5563);
      --_surface: var(--stamp-out-surface, #1f2937);
      --_focus: var(--stamp-out-focus, #fbbf24);
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .panel {
    background: var(--_bg);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1em 1.25em;
    max-width: var(--stamp-out-max-width, 40em);
    overflow-wrap: anywhere;
  }
  .variant-banner .panel {
    max-width: none;
  }

  h2,
  h3,
  h4 {
    margin-block: 0.75em 0.4em;
    line-height: 1.25;
    color: var(--_text);
  }
  h2 {
    font-size: 1.3em;
    margin-block-start: 0.25em;
  }
  h3 {
    font-size: 1.1em;
  }
  h4 {
    font-size: 1em;
  }
  p {
    margin-block: 0.4em;
  }
  ul {
    margin-block: 0.4em;
    padding-inline-start: 1.25em;
  }
  li {
    margin-block: 0.25em;
  }
  .intro,
  .service-facts,
  .privacy,
  .quick-exit-hint {
    color: var(--_muted);
  }
  .service-name {
    font-weight: 700;
    margin-block-end: 0;
  }
  .service-facts {
    font-size: 0.9em;
    margin-block-start: 0;
  }

  a {
    color: var(--_accent);
  }
  .actions {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .action {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 44px;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 700;
    text-decoration: none;
    border: 2px solid var(--_accent);
  }
  .action-web,
  .action-sms {
    background: transparent;
    color: var(--_accent);
  }
  .emergency .action {
    min-height: 0;
    padding: 0.1em 0.5em;
  }
  .emergency .action-label:empty {
    display: none;
  }

  button,
  select {
    font: inherit;
    color: inherit;
  }
  .link-button {
    background: none;
    border: none;
    padding: 0;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .field {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block: 0.4em;
  }
  select {
    min-height: 36px;
    padding: 0.25em 0.5em;
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: 4px;
    max-width: 100%;
  }

  details {
    border-block-start: 1px solid var(--_border);
    padding-block: 0.4em;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 24px;
    padding-block: 0.2em;
  }
  .tag {
    font-weight: 700;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .quick-exit {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.5em;
  }
  .quick-exit-link {
    display: inline-block;
    padding: 0.5em 1em;
    min-height: 44px;
    background: #b91c1c;
    color: #ffffff;
    font-weight: 700;
    border-radius: var(--_radius);
    text-decoration: underline;
  }
  .quick-exit-hint {
    font-size: 0.85em;
  }

  .launcher {
    display: inline-flex;
    align-items: center;
    min-height: 48px;
    padding: 0.6em 1.1em;
    border-radius: 999px;
    border: 2px solid var(--_bg);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 700;
    cursor: pointer;
    box-shadow: 0 2px 8px rgb(0 0 0 / 30%);
  }
  .dialog {
    padding: 0;
    border: none;
    background: transparent;
    width: min(40em, calc(100vw - 16px));
    max-height: calc(100vh - 32px);
    overflow: auto;
    overscroll-behavior: contain;
    color: var(--_text);
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 45%);
  }
  .dialog .panel {
    position: relative;
    padding-block-start: 2.75em;
  }
  .share {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block: 0.5em;
  }
  .share-button {
    min-height: 44px;
    padding: 0.25em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .share-fallback input {
    min-width: 0;
    width: 100%;
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_muted);
    padding: 0.25em 0.5em;
  }
  .close {
    position: absolute;
    inset-block-start: 0.5em;
    inset-inline-end: 0.5em;
    min-width: 44px;
    min-height: 44px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 1.25em;
    cursor: pointer;
  }

  .footer {
    margin-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.5em;
    font-size: 0.9em;
  }

  .exit-overlay {
    position: fixed;
    inset: 0;
    width: 100vw;
    height: 100vh;
    max-width: none;
    max-height: none;
    margin: 0;
    border: none;
    background: Canvas;
  }
  .exit-overlay::backdrop {
    background: Canvas;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    .panel,
    .action,
    .launcher,
    .quick-exit-link,
    .share-button,
    .close {
      border: 2px solid CanvasText;
      forced-color-adjust: auto;
    }
    .action,
    .launcher,
    .quick-exit-link {
      background: ButtonFace;
      color: LinkText;
    }
    :focus-visible {
      outline: 3px solid Highlight;
    }
  }

  @media print {
    .launcher,
    .quick-exit,
    .share,
    .close,
    .region button,
    .footer .field {
      display: none;
    }
    .panel {
      border: 1px solid #000000;
      color: #000000;
      background: #ffffff;
    }
    .action {
      background: none;
      color: #000000;
      border: none;
      padding: 0;
    }
  }
`;
