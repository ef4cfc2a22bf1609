import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

// Users see the published declarations, not src: emit schema.ts's .d.ts as the build does (in memory),
// then read each field's doc through the inferred types (`Agency = z.infer<typeof Agency>`), as an
// editor's hover does, and compare it with the doc written on the schema's field in the source.
const schemaFile = fileURLToPath(new URL('../src/schema.ts', import.meta.url));
const options: ts.CompilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  skipLibCheck: true,
  declaration: true,
  emitDeclarationOnly: true,
  noEmit: false,
};

/** Every exported type alias of `file` → its properties' docs (the empty string for an undocumented one). */
function fieldDocs(program: ts.Program, file: string): Map<string, Map<string, string>> {
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
  const docs = new Map<string, Map<string, string>>();
  for (const symbol of checker.getExportsOfModule(module)) {
    if (!(symbol.flags & ts.SymbolFlags.TypeAlias)) continue;
    const type = checker.getDeclaredTypeOfSymbol(symbol);
    if (!(type.flags & ts.TypeFlags.Object)) continue;
    docs.set(
      symbol.name,
      new Map(type.getProperties().map((property) => [property.name, ts.displayPartsToString(property.getDocumentationComment(checker))])),
    );
  }
  return docs;
}

function emittedDeclarations(): { program: ts.Program; file: string } {
  const emitted = new Map<string, string>();
  const source = ts.createProgram([schemaFile], options);
  source.emit(undefined, (name, text) => emitted.set(ts.sys.resolvePath(name), text), undefined, true);
  const file = schemaFile.replace(/\.ts$/, '.d.ts');
  if (!emitted.has(file)) throw new Error(`no declarations emitted for ${file}; got ${[...emitted.keys()].join(', ')}`);
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile;
  host.readFile = (name) => emitted.get(ts.sys.resolvePath(name)) ?? readFile(name);
  host.fileExists = (name) => emitted.has(ts.sys.resolvePath(name)) || ts.sys.fileExists(name);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (name, language) => {
    const text = emitted.get(ts.sys.resolvePath(name));
    return text === undefined ? getSourceFile(name, language) : ts.createSourceFile(name, text, language);
  };
  return { program: ts.createProgram([file], options, host), file };
}

describe('the published types carry the dataset fields’ docs', () => {
  const fromSource = fieldDocs(ts.createProgram([schemaFile], options), schemaFile);
  const published = emittedDeclarations();
  const fromDeclarations = fieldDocs(published.program, published.file);

  test('hovering agency.nameEn in an app shows its doc', () => {
    expect(fromDeclarations.get('Agency')?.get('nameEn')).toBe('Official English name; null when the parser met a name it does not know.');
  });

  test('every documented field of every dataset type keeps its doc in the declarations', () => {
    const documented = [...fromSource].flatMap(([type, fields]) =>
      [...fields].filter(([, doc]) => doc !== '').map(([field, doc]) => ({ type, field, doc })),
    );
    expect(documented.length).toBeGreaterThan(20);
    expect(documented.map(({ type, field }) => ({ type, field, doc: fromDeclarations.get(type)?.get(field) }))).toEqual(documented);
  });
});
