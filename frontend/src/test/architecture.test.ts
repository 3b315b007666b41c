/**
 * The house rules of src/ (see the style guide), checked on the source itself:
 * features don't import each other, shared code (components, lib, i18n) imports no feature or app
 * code, and CSS uses design tokens, never raw colours.
 *
 * A feature's `api/` has one shape (bulletproof-react): `types.ts` (names from the generated schema), a key
 * factory `<name>-keys.ts`, one `use-<read>.ts` per read with its `get…QueryOptions` and hook, and
 * `use-<resource>-mutations.ts` whose hooks invalidate the keys they change. Reference data other features pick
 * from (interventions, competencies, themes, learning goals) has its keys and option hooks in `src/api/reference/`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENUM_VALUES } from '@/api/enums';

// vitest runs from frontend/ (its root).
const SRC = resolve(process.cwd(), 'src');

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** Every import target of a file, resolved to a path relative to src/ (or the package name). */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => (m[1] ?? m[2])!,
  );
  return specs.map((spec) => {
    if (spec.startsWith('@/')) return spec.slice(2);
    if (spec.startsWith('.')) return relative(SRC, resolve(dirname(file), spec));
    return spec;
  });
}

const sources = files(SRC, /\.(ts|tsx)$/).filter((f) => !f.endsWith('.d.ts'));
const area = (file: string) => relative(SRC, file).split('/');

describe('architecture', () => {
  it('finds the source files', () => {
    expect(sources.length).toBeGreaterThan(40);
  });

  it('features do not import other features', () => {
    const offences: string[] = [];
    for (const file of sources) {
      const [top, feature] = area(file);
      if (top !== 'features') continue;
      for (const target of imports(file)) {
        const [tTop, tFeature] = target.split('/');
        if (tTop === 'features' && tFeature !== feature) offences.push(`${relative(SRC, file)} → ${target}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('shared code does not import features or the app', () => {
    const offences: string[] = [];
    for (const file of sources) {
      const [top] = area(file);
      if (!['components', 'lib', 'i18n', 'api'].includes(top!)) continue;
      for (const target of imports(file)) {
        const [tTop] = target.split('/');
        if (tTop === 'features' || tTop === 'app') offences.push(`${relative(SRC, file)} → ${target}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('the respondent part (src/respondent) stands alone: its own small bundle imports no staff-app code', () => {
    // Features may use it (the builder's preview); it may use only React and itself.
    const offences: string[] = [];
    for (const file of sources) {
      if (area(file)[0] !== 'respondent' || /\.test\.tsx?$/.test(file)) continue;
      for (const target of imports(file)) {
        const [tTop] = target.split('/');
        const own = tTop === 'respondent' || target.endsWith('.css');
        if (!own && !['react', 'react/jsx-runtime', 'react-dom/client'].includes(target)) offences.push(`${relative(SRC, file)} → ${target}`);
      }
    }
    expect(sources.some((file) => area(file)[0] === 'respondent')).toBe(true);
    expect(offences).toEqual([]);
  });

  it('numbers and money are formatted by src/lib only (one formatter, one locale rule)', () => {
    const offences = sources
      .filter((file) => area(file)[0] !== 'lib' && /\bIntl\.NumberFormat\b/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file));
    expect(offences).toEqual([]);
  });

  it("option lists use the API's enums (src/api/enums.ts), not copies of their values", () => {
    // The UI's languages are the two number conventions by name, not a copy of the API's list of them; nor of
    // the languages a questionnaire can be written in (the same two, by another decision).
    const notCopies = new Set(['i18n/index.ts: NumberFormat', 'i18n/index.ts: QuestionnaireLanguage']);
    const offences: string[] = [];
    for (const file of sources) {
      if (relative(SRC, file) === 'api/enums.ts' || /\.test\.tsx?$/.test(file)) continue;
      for (const [, body] of readFileSync(file, 'utf8').matchAll(/\[([^[\]]*)\]/g)) {
        const literals = new Set([...body!.matchAll(/'([\w-]+)'/g)].map((m) => m[1]));
        for (const [name, values] of Object.entries(ENUM_VALUES)) {
          if (literals.size === values.length && values.every((value) => literals.has(value))) offences.push(`${relative(SRC, file)}: ${name}`);
        }
      }
    }
    expect(offences.filter((offence) => !notCopies.has(offence))).toEqual([]);
  });

  describe("a feature's api/ folder", () => {
    const apiFiles = sources.filter((file) => area(file)[0] === 'features' && area(file)[2] === 'api' && !/\.test\.tsx?$/.test(file));
    const name = (file: string) => area(file).at(-1)!;
    const text = (file: string) => readFileSync(file, 'utf8');

    it('holds types, a key factory, read hooks and mutation hooks only', () => {
      const offences = apiFiles.filter((file) => !/^(types|[a-z-]+-keys|use-[a-z-]+|[a-z-]+-url)\.ts$/.test(name(file)));
      expect(apiFiles.length).toBeGreaterThan(30);
      expect(offences.map((file) => relative(SRC, file))).toEqual([]);
    });

    it('gives every read its query options beside its hook', () => {
      const offences = apiFiles.filter((file) => /\buseQuery\(/.test(text(file)) && !/export function get\w+QueryOptions\(/.test(text(file)));
      expect(offences.map((file) => relative(SRC, file))).toEqual([]);
    });

    it('asserts nothing non-null: a missing id or version is a type error, not a `!`', () => {
      const offences = apiFiles.filter((file) => /[\w)\]]!(?=[.,;)\]\s])/.test(text(file).replace(/'[^']*'/g, "''")));
      expect(offences.map((file) => relative(SRC, file))).toEqual([]);
    });

    it('keeps mutations in use-<resource>-mutations.ts, each invalidating or setting what it changed', () => {
      const offences: string[] = [];
      for (const file of apiFiles) {
        const mutations = text(file).split(/\buseMutation\(/).slice(1);
        if (mutations.length && !name(file).endsWith('-mutations.ts')) offences.push(`${relative(SRC, file)}: useMutation outside a -mutations file`);
        mutations.filter((body) => !/onSuccess/.test(body)).forEach(() => offences.push(`${relative(SRC, file)}: a mutation without onSuccess`));
      }
      expect(offences).toEqual([]);
    });
  });

  it('query keys come from key factories, and only api/ folders call the API', () => {
    const offences: string[] = [];
    for (const file of sources) {
      if (/\.test\.tsx?$/.test(file)) continue;
      const where = relative(SRC, file);
      const body = readFileSync(file, 'utf8');
      if (/queryKey:\s*\[/.test(body) && !/-keys\.ts$|^api\/reference\/keys\.ts$/.test(where)) offences.push(`${where}: inline query key`);
      const [top, , folder] = area(file);
      if (top === 'features' && folder !== 'api' && /\bapi\.(GET|POST|PUT|PATCH|DELETE)\(/.test(body)) offences.push(`${where}: calls the API`);
    }
    expect(offences).toEqual([]);
  });

  it('features read the reference resources through src/api/reference, under its keys', () => {
    const reference = files(join(SRC, 'api', 'reference'), /\.ts$/).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/resourceKeys\('([\w-]+)'\)/g)].map((m) => m[1]!),
    );
    expect(reference).toEqual(expect.arrayContaining(['interventions', 'competencies', 'themes', 'learning-goals']));
    const offences: string[] = [];
    for (const file of sources) {
      if (area(file)[0] !== 'features') continue;
      const body = readFileSync(file, 'utf8');
      for (const resource of reference) {
        // The resource itself (its list or one item), not a sub-resource another feature owns (`/interventions/{id}/funding-shares`).
        const fetches = new RegExp(`api\\.GET\\('/${resource}(?:'|/\\{\\w+\\}')`).test(body);
        const ownRoot = new RegExp(`\\[\\s*'${resource}'`).test(body);
        if ((fetches && !body.includes('@/api/reference/')) || ownRoot) offences.push(`${relative(SRC, file)}: ${resource}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('CSS uses design tokens, not raw colours', () => {
    const offences: string[] = [];
    for (const file of files(SRC, /\.css$/)) {
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      for (const match of text.matchAll(/#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklch|oklab)\(/g)) {
        offences.push(`${relative(SRC, file)}: ${match[0]}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('every page is a lazy chunk: page modules are never imported statically from outside their folder', () => {
    const offences: string[] = [];
    for (const file of sources) {
      if (/\.test\.tsx?$/.test(file)) continue;
      const [, feature, folder] = area(file);
      // Type-only imports are erased and cost nothing at run time.
      const text = readFileSync(file, 'utf8').replace(/import\s+type\s[^;]+;/g, '');
      for (const m of text.matchAll(/from\s*['"]([^'"]+)['"]/g)) {
        const spec = m[1]!;
        const target = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? relative(SRC, resolve(dirname(file), spec)) : spec;
        const page = /^features\/([^/]+)\/routes\//.exec(target);
        if (page && !(page[1] === feature && folder === 'routes')) offences.push(`${relative(SRC, file)} → ${target}`);
      }
    }
    expect(offences).toEqual([]);
  });
});
