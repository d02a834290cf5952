// Entry of dist/widget/stamp-out.js, the one-tag classic script: defines the element and mounts
// the panel its own <script> tag asks for. Everything is wrapped so nothing ever throws into the page.
import { definePanel } from './define.js';
import { setLocaleBase } from './locale-loader.js';
import { mountFromScript } from './loader.js';

try {
  const script = document.currentScript;
  if (script instanceof HTMLScriptElement && script.src) setLocaleBase(script.src);
  definePanel();
  if (script instanceof HTMLScriptElement) mountFromScript(script);
} catch (error) {
  console.warn('[stamp-out] could not start:', error);
}
