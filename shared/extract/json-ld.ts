/**
 * Reads `<script type="application/ld+json">` blocks: finds JobPosting nodes wherever they sit (top
 * level, arrays, `@graph`, nested as `mainEntity`…), ItemLists of JobPostings, every `@type` seen and
 * BreadcrumbList names. Bad JSON is skipped, never thrown; walks are iterative and bounded.
 */
import { MAX_JSON_DEPTH, MAX_JSON_LD, MAX_JSON_LD_BLOCKS, MAX_JSON_NODES } from './limits.js';

/** A JSON value as parsed. */
export type Json = string | number | boolean | null | readonly Json[] | JsonObject;

/** A JSON object as parsed. */
export interface JsonObject {
  readonly [key: string]: Json | undefined;
}

/** What the JSON-LD of a page holds. */
export interface JsonLdScan {
  /** JobPosting nodes, in document order (ItemList members included). */
  readonly postings: readonly JsonObject[];
  /** JobPostings that are members of an ItemList (a listing page). */
  readonly listed: number;
  /** Every `@type` seen, without the schema.org prefix. */
  readonly types: ReadonlySet<string>;
  /** Names in BreadcrumbLists, in order. */
  readonly crumbs: readonly string[];
  /** Nodes by `@id`, to resolve references such as `"hiringOrganization": {"@id": "#org"}`. */
  readonly ids: ReadonlyMap<string, JsonObject>;
}

/** Whether `value` is a JSON object (not an array, not null). */
export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `object[key]` if it is the object's own property (never something from the prototype). */
export function own(object: JsonObject, key: string): Json | undefined {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/** The `@type`s of a node, without `http(s)://schema.org/` or `schema:` prefixes. */
export function typesOf(node: JsonObject): string[] {
  const raw = own(node, '@type');
  const list = Array.isArray(raw) ? raw : [raw];
  const types: string[] = [];
  for (const item of list) {
    if (typeof item !== 'string') continue;
    const slash = Math.max(item.lastIndexOf('/'), item.lastIndexOf(':'), item.lastIndexOf('#'));
    types.push(item.slice(slash + 1));
  }
  return types;
}

/** Raw line breaks and tabs inside strings are the commonest breakage; as spaces they are valid JSON. */
function controlsToSpaces(text: string): string {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 32) {
      parts.push(text.slice(from, i), ' ');
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** Parses one block; tolerates HTML comment wrappers, control characters and a trailing `;`. */
export function parseJsonLd(text: string): Json | undefined {
  if (text.length > MAX_JSON_LD) return undefined;
  try {
    return JSON.parse(text) as Json;
  } catch {
    // Fall through to the tolerant retry.
  }
  let cleaned = text.trim();
  if (cleaned.startsWith('<!--')) cleaned = cleaned.slice(4);
  if (cleaned.endsWith('-->')) cleaned = cleaned.slice(0, -3);
  cleaned = cleaned.trim();
  if (cleaned.endsWith(';')) cleaned = cleaned.slice(0, -1);
  cleaned = controlsToSpaces(cleaned);
  try {
    return JSON.parse(cleaned) as Json;
  } catch {
    return undefined;
  }
}

function isLdScript(script: HTMLScriptElement): boolean {
  const type = script.getAttribute('type');
  return type !== null && type.trim().toLowerCase() === 'application/ld+json';
}

/** JSON-LD script texts of the page; with `onlyJobs`, only those mentioning JobPosting (a cheap filter). */
export function jsonLdTexts(doc: Document, onlyJobs: boolean): string[] {
  const texts: string[] = [];
  const scripts = doc.scripts;
  for (let i = 0; i < scripts.length && texts.length < MAX_JSON_LD_BLOCKS; i++) {
    const script = scripts[i]!;
    if (!isLdScript(script)) continue;
    const text = script.textContent ?? '';
    if (!onlyJobs || text.includes('JobPosting')) texts.push(text);
  }
  return texts;
}

function crumbName(item: Json | undefined): string | undefined {
  if (!isObject(item)) return undefined;
  const name = own(item, 'name');
  if (typeof name === 'string') return name;
  const inner = own(item, 'item');
  if (isObject(inner)) {
    const innerName = own(inner, 'name');
    if (typeof innerName === 'string') return innerName;
  }
  return undefined;
}

function listMembers(list: JsonObject): JsonObject[] {
  const elements = own(list, 'itemListElement');
  const items = Array.isArray(elements) ? elements : [elements];
  const members: JsonObject[] = [];
  for (const entry of items) {
    if (!isObject(entry)) continue;
    const inner = own(entry, 'item');
    const node = isObject(inner) ? inner : entry;
    if (typesOf(node).includes('JobPosting')) members.push(node);
  }
  return members;
}

/** Scans JSON-LD block texts (from `jsonLdTexts`) for what `JsonLdScan` lists. */
export function scanJsonLd(texts: readonly string[]): JsonLdScan {
  const postings: JsonObject[] = [];
  const types = new Set<string>();
  const crumbs: string[] = [];
  const ids = new Map<string, JsonObject>();
  let listed = 0;
  let visited = 0;
  for (const text of texts) {
    const root = parseJsonLd(text);
    if (root === undefined) continue;
    const stack: [Json, number][] = [[root, 0]];
    while (stack.length > 0 && visited < MAX_JSON_NODES) {
      const [value, depth] = stack.pop()!;
      visited++;
      if (depth > MAX_JSON_DEPTH || value === null || typeof value !== 'object') continue;
      if (Array.isArray(value)) {
        const room = Math.min(value.length, MAX_JSON_NODES - visited - stack.length);
        for (let i = room - 1; i >= 0; i--) stack.push([value[i] as Json, depth + 1]);
        continue;
      }
      const node = value as JsonObject;
      const nodeTypes = typesOf(node);
      for (const type of nodeTypes) types.add(type);
      const id = own(node, '@id');
      if (typeof id === 'string' && Object.keys(node).length > 1 && !ids.has(id)) ids.set(id, node);
      if (nodeTypes.includes('JobPosting')) {
        postings.push(node);
        continue;
      }
      if (nodeTypes.includes('ItemList')) {
        const members = listMembers(node);
        listed += members.length;
        postings.push(...members);
        if (members.length > 0) continue;
      }
      if (nodeTypes.includes('BreadcrumbList')) {
        const elements = own(node, 'itemListElement');
        for (const item of Array.isArray(elements) ? elements : []) {
          const name = crumbName(item as Json);
          if (name !== undefined) crumbs.push(name);
        }
        continue;
      }
      const keys = Object.keys(node);
      const room = Math.min(keys.length, MAX_JSON_NODES - visited - stack.length);
      for (let i = room - 1; i >= 0; i--) {
        const child = node[keys[i]!];
        if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
      }
    }
  }
  return { postings, listed, types, crumbs, ids };
}
