// The render benchmark's baseline: a bare Lit element that renders `count` nodes and nothing else.
import { html, LitElement } from 'lit';

class BareElement extends LitElement {
  static override properties = { count: { type: Number } };
  count = 0;

  protected override render(): unknown {
    const items = Array.from({ length: Math.max(0, Math.floor(this.count / 2)) }, (_, index) => index);
    // Each item is an element plus its text node: two nodes.
    return html`${items.map((index) => html`<p>item ${index}</p>`)}`;
  }
}

try {
  customElements.define('bench-bare-element', BareElement);
  const script = document.currentScript;
  const target = document.querySelector(script?.getAttribute('data-target') ?? '#target');
  const element = document.createElement('bench-bare-element') as BareElement;
  element.count = Number(script?.getAttribute('data-count') ?? 0);
  target?.append(element);
} catch (error) {
  console.error(error);
}
