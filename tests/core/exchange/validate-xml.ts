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

/** Validate `xml` against an XLIFF schema; returns the error messages (empty when valid). */
export async function validateXliff(xml: string, version: '2.0' | '1.2'): Promise<string[]> {
  const file = version === '2.0' ? 'xliff_core_2.0.xsd' : 'xliff-core-1.2-strict.xsd';
  const xsd = schema(file).replace('http://www.w3.org/2001/xml.xsd', 'xml.xsd');
  const result = await validateXML({
    xml: [{ fileName: 'export.xlf', contents: xml }],
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
