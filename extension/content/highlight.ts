/**
 * Highlights the analyser's quoted phrases in the page itself with the CSS Custom Highlight API:
 * no element is added or changed, only ranges are registered and one adopted style sheet paints
 * them. `clear()` removes both. Where the API is missing, nothing happens.
 */

/** The name of the highlight registry entry (and of the `::highlight()` rule). */
export const HIGHLIGHT_NAME = 'stamp-out-sign';

/** Removes the highlights it made. */
export interface PageHighlight {
  readonly count: number;
  clear(): void;
}

const MAX_NODES = 20_000;

interface TextIndex {
  readonly text: string;
  readonly nodes: readonly { node: Text; start: number }[];
}

/** The visible text of `root` with each text node's offset, whitespace runs folded to one space. */
function indexText(root: Node, skip: Node | null): TextIndex {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      const parent = node.parentElement;
      if (!parent || (skip && skip.contains(node))) return NodeFilter.FILTER_REJECT;
      const tag = parent.tagName;
      return tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT'
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT;
    },
  });
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  for (let node = walker.nextNode(); node && nodes.length < MAX_NODES; node = walker.nextNode()) {
    nodes.push({ node: node as Text, start: text.length });
    text += (node as Text).data;
  }
  return { text, nodes };
}

/** Finds the text node holding character `offset` of the index. */
function locate(index: TextIndex, offset: number): { node: Text; offset: number } | undefined {
  let low = 0;
  let high = index.nodes.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const entry = index.nodes[middle]!;
    if (entry.start > offset) high = middle - 1;
    else if (entry.start + entry.node.data.length < offset) low = middle + 1;
    else return { node: entry.node, offset: offset - entry.start };
  }
  return undefined;
}

/** Highlights every occurrence of each quote (exact text, as the analyser quoted it) in `root`. */
export function highlightQuotes(
  document: Document,
  root: Node,
  quotes: readonly string[],
  skip: Node | null = null,
): PageHighlight {
  const registry = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const HighlightClass = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!registry || !HighlightClass) return { count: 0, clear() {} };
  const index = indexText(root, skip);
  const ranges: Range[] = [];
  for (const quote of new Set(quotes.filter((q) => q.trim().length > 1))) {
    for (
      let at = index.text.indexOf(quote);
      at !== -1 && ranges.length < 500;
      at = index.text.indexOf(quote, at + quote.length)
    ) {
      const start = locate(index, at);
      const end = locate(index, at + quote.length);
      if (!start || !end) continue;
      const range = document.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      ranges.push(range);
    }
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`::highlight(${HIGHLIGHT_NAME}) { background-color: #fde047; color: #000; }`);
  registry.set(HIGHLIGHT_NAME, new HighlightClass(...ranges));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return {
    count: ranges.length,
    clear() {
      registry.delete(HIGHLIGHT_NAME);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((candidate) => candidate !== sheet);
    },
  };
}
