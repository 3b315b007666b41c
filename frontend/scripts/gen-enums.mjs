// `npm run gen:types` (second half): writes src/api/enums.ts, the value list of every enum schema in
// openapi.json, so the SPA's option lists are the API's vocabulary (labels: src/i18n/*/vocabulary.json).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const enumsFile = join(root, 'src/api/enums.ts');

export function renderEnums(document) {
  const schemas = document.components?.schemas ?? {};
  const enums = Object.entries(schemas)
    .filter(([, schema]) => Array.isArray(schema.enum) && schema.enum.every((v) => typeof v === 'string'))
    .sort(([a], [b]) => a.localeCompare(b));
  const lines = [
    '// Generated from openapi.json by scripts/gen-enums.mjs (`npm run gen:types`): do not edit.',
    "import type { components } from './schema';",
    '',
    "type Schemas = components['schemas'];",
    '',
  ];
  lines.push('/** Every enum of the API by its schema name, with its values in the order the API lists them. */');
  lines.push('export const ENUM_VALUES = {');
  for (const [name, schema] of enums) {
    const values = schema.enum.map((v) => `'${v}'`).join(', ');
    lines.push(`  ${name}: [${values}] as const satisfies readonly Schemas['${name}'][],`);
  }
  lines.push('} as const;', '', 'export type EnumName = keyof typeof ENUM_VALUES;');
  lines.push('export type EnumValue<N extends EnumName> = (typeof ENUM_VALUES)[N][number];', '');
  // The stable codes of problems and field errors (the Problem schema's x-problem-codes / x-field-codes): the
  // SPA has Dutch and English text for each (src/i18n/problem-codes.test.ts).
  const problem = document.components?.schemas?.Problem ?? {};
  for (const [name, list] of [['PROBLEM_CODES', problem['x-problem-codes']], ['FIELD_CODES', problem['x-field-codes']]]) {
    lines.push(`export const ${name} = [${(list ?? []).map((v) => `'${v}'`).join(', ')}] as const;`);
  }
  lines.push('');
  return lines.join('\n');
}

export function readDocument() {
  return JSON.parse(readFileSync(join(root, 'openapi.json'), 'utf8'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(enumsFile, renderEnums(readDocument()));
  console.log('src/api/enums.ts written from openapi.json');
}
