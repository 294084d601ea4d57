/**
 * Schema validation for tests: XLIFF with xmllint-wasm (XSD; the schemas' import of the W3C
 * xml.xsd is pointed at the local copy, there is no network), TMX with Debian's
 * libxml2-utils `xmllint --dtdvalid` (xmllint-wasm is built without DTD validation).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

const SCHEMAS = fileURLToPath(new URL('../../../../shared/schemas/', import.meta.url));
const schema = (name: string) => readFileSync(`${SCHEMAS}${name}`, 'utf8');

/** True when the system xmllint (libxml2-utils) is installed. */
export const HAVE_XMLLINT = spawnSync('xmllint', ['--version']).status === 0;

/**
 * Validate one or more XLIFF documents against a schema in one xmllint run (a run costs a
 * WebAssembly start and a schema compile); returns the error messages (empty when all are valid).
 */
export async function validateXliff(
  xml: string | readonly string[],
  version: '2.0' | '1.2',
): Promise<string[]> {
  const file = version === '2.0' ? 'xliff_core_2.0.xsd' : 'xliff-core-1.2-strict.xsd';
  const xsd = schema(file).replace('http://www.w3.org/2001/xml.xsd', 'xml.xsd');
  const docs = typeof xml === 'string' ? [xml] : xml;
  const result = await validateXML({
    xml: docs.map((contents, i) => ({ fileName: `export-${i}.xlf`, contents })),
    schema: [{ fileName: file, contents: xsd }],
    preload: [{ fileName: 'xml.xsd', contents: schema('xml.xsd') }],
    maxMemoryPages: 16384,
  });
  return result.errors.map((e) => e.rawMessage);
}

/** Validate `xml` against tmx14.dtd with the system xmllint; returns the error output. */
export function validateTmx(xml: string): string[] {
  const dtd = `${SCHEMAS}tmx14.dtd`;
  if (!existsSync(dtd)) throw new Error(`missing ${dtd}`);
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', dtd, '-'], {
    input: xml,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return run.status === 0 ? [] : [run.stderr || `xmllint exited with ${run.status}`];
}
