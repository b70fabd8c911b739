// Figures of the code's shape (issue 13's closing note): the names the domain's index exports,
// the longest functions, and the cycles of the runtime import graph. Reads the TypeScript of a
// source folder as text, so an older commit can be measured from an extracted copy.
// Usage: npx tsx scripts/code-figures.ts [SRC_DIR] (default src); duplicates come from the
// tool library's `duplicates --repo SRC_DIR`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'

const root = resolve(process.argv[2] ?? 'src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry) && !entry.endsWith('.d.ts') ? [path] : []
  })
}

const files = new Map(
  sourceFiles(root).map((file) => {
    const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
    const text = readFileSync(file, 'utf8')
    return [file, ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind)] as const
  }),
)

type Kind = 'value' | 'type'

/**
 * Every name a module exports with its kind (a type is erased at run time), following
 * re-exports to their source.
 */
function exportedNames(file: string, seen = new Set<string>()): Map<string, Kind> {
  const names = new Map<string, Kind>()
  const source = files.get(file)
  if (!source || seen.has(file)) return names
  seen.add(file)
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) {
      const clause = statement.exportClause
      const target =
        statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)
          ? resolveImport(file, statement.moduleSpecifier.text)
          : null
      const from = target ? exportedNames(target, new Set(seen)) : new Map<string, Kind>()
      if (clause && ts.isNamedExports(clause)) {
        for (const e of clause.elements) {
          const original = (e.propertyName ?? e.name).text
          const typeOnly = statement.isTypeOnly || e.isTypeOnly || from.get(original) === 'type'
          names.set(e.name.text, typeOnly ? 'type' : 'value')
        }
      } else for (const [name, kind] of from) names.set(name, statement.isTypeOnly ? 'type' : kind)
      continue
    }
    const exported =
      ts.canHaveModifiers(statement) &&
      ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
    if (!exported) continue
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations)
        if (ts.isIdentifier(d.name)) names.set(d.name.text, 'value')
    } else {
      const name = (statement as { name?: ts.Identifier }).name
      const isType = ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)
      if (name) names.set(name.text, isType ? 'type' : 'value')
    }
  }
  return names
}

/** A function's name as a reader finds it: its own, its variable's, or Class.method. */
function functionName(node: ts.Node): string {
  const named = node as { name?: ts.Node }
  const own = named.name && ts.isIdentifier(named.name) ? named.name.text : null
  const parent = node.parent
  if (ts.isConstructorDeclaration(node) || ts.isMethodDeclaration(node) || ts.isAccessor(node)) {
    const cls = parent && ts.isClassLike(parent) && parent.name ? parent.name.text : '(class)'
    return `${cls}.${own ?? 'constructor'}`
  }
  if (own) return own
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name))
    return parent.name.text
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name))
    return parent.name.text
  return '(anonymous)'
}

interface FunctionSize {
  name: string
  file: string
  line: number
  lines: number
}

function functionSizes(): FunctionSize[] {
  const out: FunctionSize[] = []
  for (const [file, source] of files) {
    const visit = (node: ts.Node) => {
      if (ts.isFunctionLike(node) && (node as { body?: ts.Node }).body) {
        const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line
        const end = source.getLineAndCharacterOfPosition(node.end).line
        out.push({
          name: functionName(node),
          file: relative(process.cwd(), file),
          line: start + 1,
          lines: end - start + 1,
        })
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return out.sort((a, b) => b.lines - a.lines)
}

/** The module a relative specifier names, if it is a source file of the folder. */
function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null
  const base = resolve(dirname(from), specifier)
  const tries = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]
  return tries.find((path) => files.has(path) && existsSync(path)) ?? null
}

/** Static imports and re-exports that load a module at run time (type-only ones are erased). */
function runtimeImports(source: ts.SourceFile): string[] {
  const out: string[] = []
  for (const statement of source.statements) {
    let specifier: ts.Expression | undefined
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (!clause.name &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)))
      if (!typeOnly) specifier = statement.moduleSpecifier
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier) {
      const clause = statement.exportClause
      const typeOnly =
        statement.isTypeOnly ||
        (clause !== undefined &&
          ts.isNamedExports(clause) &&
          clause.elements.length > 0 &&
          clause.elements.every((e) => e.isTypeOnly))
      if (!typeOnly) specifier = statement.moduleSpecifier
    }
    if (specifier && ts.isStringLiteral(specifier)) {
      const target = resolveImport(source.fileName, specifier.text)
      if (target) out.push(target)
    }
  }
  return out
}

/** Strongly connected components of more than one module, or a module importing itself. */
function cycles(): string[][] {
  const graph = new Map([...files].map(([file, source]) => [file, runtimeImports(source)]))
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  let counter = 0
  const connect = (v: string) => {
    index.set(v, counter)
    low.set(v, counter++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) !== index.get(v)) return
    const component: string[] = []
    let w: string
    do {
      w = stack.pop()!
      onStack.delete(w)
      component.push(relative(root, w))
    } while (w !== v)
    if (component.length > 1 || graph.get(v)!.includes(v)) found.push(component.sort())
  }
  for (const file of graph.keys()) if (!index.has(file)) connect(file)
  return found
}

const exported = [...exportedNames(join(root, 'domain', 'index.ts')).values()]
const sizes = functionSizes()
const longest = sizes.slice(0, 5)
const domain = sizes.filter((f) => resolve(f.file).startsWith(join(root, 'domain'))).slice(0, 3)
const loops = cycles()
console.log(`source files: ${files.size} in ${relative(process.cwd(), root) || '.'}`)
const values = exported.filter((kind) => kind === 'value').length
console.log(
  `domain exports (src/domain/index.ts): ${exported.length} names, ${values} values and ${exported.length - values} types`,
)
console.log('longest functions:')
for (const f of longest) console.log(`  ${f.lines} lines  ${f.name}  (${f.file}:${f.line})`)
console.log('longest functions of src/domain:')
for (const f of domain) console.log(`  ${f.lines} lines  ${f.name}  (${f.file}:${f.line})`)
console.log(`runtime import cycles: ${loops.length}`)
for (const loop of loops) console.log(`  ${loop.join(' → ')}`)
