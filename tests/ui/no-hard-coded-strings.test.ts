/**
 * No words in the interface that do not go through i18next: every .tsx file of src/ui is
 * parsed (rolldown's parser, the one Vite builds with) and its JSX text, string children and
 * user-facing attributes (title, aria-label, placeholder, alt…) must hold no word. Symbols
 * (✓, —, →, …) may stay.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../src/ui');
const USER_FACING = new Set([
  'title',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'placeholder',
  'alt',
  'label',
]);
/** Names that stay as they are in every language: the product, and languages in their own tongue. */
const ALLOWED = new Set(['Vis-à-vis', 'English', 'Français']);
/** Two letters in a row: a word (a lone letter such as an axis name is let through). */
const WORD = /\p{L}{2,}/u;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsxFiles(join(dir, e.name)) : e.name.endsWith('.tsx') ? [join(dir, e.name)] : [],
  );
}

type Node = { type: string; [key: string]: unknown };

function walk(
  node: unknown,
  visit: (n: Node, parent: Node | null) => void,
  parent: Node | null = null,
): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit, parent);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const n = node as Node;
  if (typeof n.type === 'string') visit(n, parent);
  for (const [key, value] of Object.entries(n)) if (key !== 'type') walk(value, visit, n);
}

function hardCoded(source: string): string[] {
  const ast = parseAst(source, { lang: 'tsx' });
  const found: string[] = [];
  const line = (n: Node) => source.slice(0, n.start as number).split('\n').length;
  walk(ast, (n, parent) => {
    if (n.type === 'JSXText' && WORD.test(String(n.value)) && !ALLOWED.has(String(n.value).trim()))
      found.push(`${line(n)}: text “${String(n.value).trim()}”`);
    if (
      n.type === 'Literal' &&
      typeof n.value === 'string' &&
      WORD.test(n.value) &&
      parent?.type === 'JSXExpressionContainer'
    )
      found.push(`${line(n)}: child {'${n.value}'}`);
    if (n.type === 'JSXAttribute') {
      const name = (n.name as Node).name;
      const value = n.value as Node | null;
      if (
        typeof name === 'string' &&
        USER_FACING.has(name) &&
        value?.type === 'Literal' &&
        WORD.test(String(value.value))
      )
        found.push(`${line(n)}: ${name}="${String(value.value)}"`);
    }
  });
  return found;
}

describe('interface strings', () => {
  const files = tsxFiles(ROOT);

  it('finds the interface files', () => {
    expect(files.length).toBeGreaterThan(15);
  });

  it('has no hard-coded words in JSX: every text goes through t()', () => {
    const report = files.flatMap((f) =>
      hardCoded(readFileSync(f, 'utf8')).map((h) => `${relative(ROOT, f)}:${h}`),
    );
    expect(report).toEqual([]);
  });

  it('catches a hard-coded word (the scanner works)', () => {
    const found = hardCoded(
      'const a = <b title="Close" aria-label={t(\'x\')}>Save {"now"} ✓ {t(\'y\')}</b>;',
    );
    expect([...found].sort()).toEqual(['1: text “Save”', "1: child {'now'}", '1: title="Close"'].sort());
  });
});
