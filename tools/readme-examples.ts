// Runs the TypeScript examples of a README, so the docs a user copies are known to work.
// An example is a fenced block opened with ```ts example; its imports of workspace packages are
// bound to the modules the test passes in (resolved by vitest to the packages' sources).
import ts from 'typescript';

export interface ReadmeExample {
  readonly line: number;
  readonly code: string;
}

const FENCE = /^```ts example[^\n]*\n([\s\S]*?)^```$/gm;

export function extractExamples(markdown: string): ReadmeExample[] {
  const examples: ReadmeExample[] = [];
  for (const match of markdown.matchAll(FENCE)) {
    const line = markdown.slice(0, match.index).split('\n').length;
    examples.push({ line, code: match[1] ?? '' });
  }
  return examples;
}

const IMPORT = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+['"]([^'"]+)['"];?\s*$/gm;

/** Rewrites `import { a, b as c } from 'x'` into bindings from `modules['x']`, then runs the code. */
export async function runExample(
  example: ReadmeExample,
  modules: Record<string, unknown>,
  globals: Record<string, unknown> = {},
): Promise<void> {
  const missing: string[] = [];
  const withBindings = example.code.replace(
    IMPORT,
    (_all, typeOnly: string | undefined, names: string, from: string) => {
      if (typeOnly) return '';
      if (!(from in modules)) missing.push(from);
      const bindings = names
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name.length > 0 && !name.startsWith('type '))
        .map((name) => name.replace(/\s+as\s+/, ': '))
        .join(', ');
      return `const { ${bindings} } = __modules[${JSON.stringify(from)}];`;
    },
  );
  if (missing.length > 0)
    throw new Error(`README example at line ${example.line} imports ${missing.join(', ')}`);
  const js = ts.transpileModule(withBindings, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<void>;
  const names = Object.keys(globals);
  const run = new AsyncFunction('__modules', ...names, js);
  await run(modules, ...names.map((name) => globals[name]));
}
