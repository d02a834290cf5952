// Entry of panel.js, the content script's second stage: injected by the background into the same
// isolated world once content.js has found a job ad or listing. Injecting it twice is harmless.
import { PANEL_STAGE, type StageScope } from '../lib/panel-stage-api.js';
import { AdPanel } from './ad-panel.js';

const scope = globalThis as StageScope;
scope[PANEL_STAGE] ??= new AdPanel(window);
