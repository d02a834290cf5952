import { css } from 'lit';

/** Styles of `analysisTemplate`, added next to `panelStyles` where analyses are shown. */
export const analysisStyles = css`
  .analysis {
    border-inline-start: 4px solid var(--_muted);
    padding-inline-start: 0.75em;
    margin-block: 0.75em;
  }
  .analysis.level-medium {
    border-inline-start-color: #b45309;
  }
  .analysis.level-high {
    border-inline-start-color: #b91c1c;
  }
  .found-signs {
    padding-inline-start: 1.25em;
  }
  .found-sign {
    margin-block: 0.75em;
  }
  .sign-title {
    font-weight: 700;
    margin-block-end: 0.2em;
  }
  .sign-details dt {
    font-weight: 700;
    margin-block-start: 0.3em;
  }
  .sign-details dd {
    margin-inline-start: 0;
  }
  .quote q {
    background: #fef9c3;
    color: #1f2937;
    padding-inline: 0.2em;
  }
  .field,
  .sources,
  .disclaimer {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .analysis-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .analysis-actions button {
    min-height: 44px;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_bg);
    color: var(--_accent);
    font-weight: 700;
    cursor: pointer;
  }
  .analysis-actions label {
    display: inline-flex;
    gap: 0.4em;
    align-items: center;
  }
  @media (forced-colors: active) {
    .sign-details dt {
      font-weight: 700;
      margin-block-start: 0.3em;
    }
    .sign-details dd {
      margin-inline-start: 0;
    }
    .quote q {
      background: Mark;
      color: MarkText;
    }
  }
`;
