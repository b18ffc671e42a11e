/**
 * Every file the app loads at run time is in the package, for each platform. The app is built
 * (electron-vite, into a scratch folder laid out like the project), electron-builder's own matchers
 * decide what it would copy, and then each thing the app needs is looked for:
 *  - every import/require of the built main process and preload: a Node built-in, `electron`, a
 *    chunk that is packaged, or a production dependency that electron-builder copies (and, through
 *    its package.json, everything that dependency needs in turn);
 *  - the files main reads by path: the preload, the renderer with its assets, the user guide.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { builtinModules, createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, posix, relative, sep } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appFiles, loadConfig, nodeModuleKeeps, PLATFORMS, readJson, ROOT, type BuilderConfig, type PlatformKey } from './builder'

interface PackageJson {
  name: string
  main?: unknown
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

const pkg = readJson<PackageJson>(join(ROOT, 'package.json'))
const scratch = mkdtempSync(join(tmpdir(), 'mot-packaging-'))
const app = join(scratch, 'app')
let config: BuilderConfig
const packaged = new Map<PlatformKey, Set<string>>()

beforeAll(async () => {
  const build = spawnSync(join(ROOT, 'node_modules', '.bin', 'electron-vite'), ['build', '--outDir', join(app, 'out'), '--logLevel', 'warn'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  if (build.status !== 0) throw new Error(`electron-vite build failed:\n${build.stdout}\n${build.stderr}`)
  copyFileSync(join(ROOT, 'package.json'), join(app, 'package.json'))
  config = await loadConfig()
  for (const { key } of PLATFORMS) packaged.set(key, new Set(await appFiles(config, key, app)))
}, 120_000)
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(app, join(entry.parentPath, entry.name)).split(sep).join('/'))
}

/** Module specifiers of a built JS file: static imports/exports, import() and require() with literals. */
function specifiersOf(source: string): string[] {
  const found = new Set<string>()
  const patterns = [
    /\bimport\s+(?:[\w*{}\s,$]+\s+from\s+)?["']([^"']+)["']/g,
    /\bexport\s+(?:\*|\{[^}]*\})\s+from\s+["']([^"']+)["']/g,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\(\s*["']([^"']+)["']\s*\)/g,
  ]
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.add(match[1]!)
  return [...found]
}

const packageNameOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/')
const isBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!)

/** Where Node finds package `name` when required from `fromDir` (walking up node_modules). */
function packageDir(name: string, fromDir: string): string | null {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name)
    if (existsSync(join(candidate, 'package.json'))) return candidate
    if (dir === dirname(dir) || dir === dirname(ROOT)) return null
  }
}

/** A production dependency and everything it needs, as folders relative to the project. */
function productionClosure(names: string[]): Map<string, PackageJson> {
  const seen = new Map<string, PackageJson>()
  const queue = names.map((name) => ({ name, from: ROOT }))
  while (queue.length > 0) {
    const { name, from } = queue.pop()!
    const dir = packageDir(name, from)
    if (dir === null) continue // an optional dependency for another platform
    const key = relative(ROOT, dir).split(sep).join('/')
    if (seen.has(key)) continue
    const manifest = readJson<PackageJson>(join(dir, 'package.json'))
    seen.set(key, manifest)
    for (const dependency of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) queue.push({ name: dependency, from: dir })
  }
  return seen
}

/** Node-only packages the packaged app never loads (the main process imports them lazily, outside Electron). */
const NOT_PACKAGED = new Set(['playwright-core'])

/** A bare import of a package that must ship inside the app. */
function isPackaged(specifier: string): boolean {
  return !specifier.startsWith('.') && !isBuiltin(specifier) && specifier !== 'electron' && !NOT_PACKAGED.has(packageNameOf(specifier))
}

describe('the built app is what gets packaged', () => {
  it.each(PLATFORMS)('$key: exactly out/main, out/preload, out/renderer (with the guide) and package.json', ({ key }) => {
    const files = packaged.get(key)!
    const built = ['out/main', 'out/preload', 'out/renderer'].flatMap((dir) => filesUnder(join(app, dir)))
    expect(built.length).toBeGreaterThan(5)
    expect([...files].sort()).toEqual([...built, 'package.json'].sort())
  })

  it.each(PLATFORMS)('$key: includes the files main loads by path', ({ key }) => {
    const files = packaged.get(key)!
    for (const file of [
      'out/main/index.js', // package.json "main"
      'out/preload/index.cjs', // windows.ts PRELOAD_PATH
      'out/renderer/index.html', // protocol.ts RENDERER_ROOT + rendererUrl()
      'out/renderer/guide/guide.css', // desktop.ts guidePath()
      'out/renderer/guide/en/index.html',
      'out/renderer/guide/zh-CN/index.html',
    ]) {
      expect(files, `${key}: ${file}`).toContain(file)
    }
    expect(pkg.main).toBe('out/main/index.js')
  })

  it.each(PLATFORMS)('$key: includes every asset the renderer pages reference', ({ key }) => {
    const files = packaged.get(key)!
    const pages = [...files].filter((file) => file.startsWith('out/renderer/') && file.endsWith('.html'))
    expect(pages.length).toBeGreaterThanOrEqual(3)
    for (const page of pages) {
      const html = readFileSync(join(app, page), 'utf8')
      for (const [, reference] of html.matchAll(/\b(?:src|href)="([^"#]+)"/g)) {
        if (/^(data:|https?:)/.test(reference!)) continue
        const target = reference!.startsWith('/')
          ? posix.join('out/renderer', reference!)
          : posix.normalize(posix.join(posix.dirname(page), reference!))
        expect(files, `${page} → ${reference}`).toContain(target)
      }
    }
  })

  it('leaves sources, tests, type declarations and build resources out', async () => {
    // The real project folder, with everything a developer has lying around in it.
    const files = await appFiles(config, 'linux', ROOT)
    const strays = files.filter((file) => file !== 'package.json' && !/^out\/(main|preload|renderer)\//.test(file))
    expect(strays).toEqual([])
  })
})

describe('every module the main process and preload import is packaged', () => {
  const imports = () => {
    const result = new Map<string, string[]>()
    const built = [...filesUnder(join(app, 'out', 'main')), ...filesUnder(join(app, 'out', 'preload'))]
    for (const file of built.filter((name) => /\.(c|m)?js$/.test(name))) {
      result.set(file, specifiersOf(readFileSync(join(app, file), 'utf8')))
    }
    return result
  }

  it('finds the imports (the scan is not vacuous)', () => {
    const all = [...imports().values()].flat()
    expect(all).toEqual(expect.arrayContaining(['electron', 'better-sqlite3']))
    expect(all.some((specifier) => specifier.startsWith('./'))).toBe(true)
  })

  it.each(PLATFORMS)('$key: relative imports are packaged chunks', ({ key }) => {
    for (const [file, specifiers] of imports()) {
      for (const specifier of specifiers.filter((name) => name.startsWith('.'))) {
        const target = posix.normalize(posix.join(posix.dirname(file), specifier))
        expect(packaged.get(key), `${file} imports ${specifier}`).toContain(target)
      }
    }
  })

  it('bare imports are Node built-ins, electron, or production dependencies (never devDependencies)', () => {
    for (const [file, specifiers] of imports()) {
      for (const specifier of specifiers.filter((name) => !name.startsWith('.'))) {
        if (isBuiltin(specifier) || specifier === 'electron') continue
        const name = packageNameOf(specifier)
        expect(Object.keys(pkg.dependencies ?? {}), `${file} imports ${specifier}`).toContain(name)
      }
    }
  })

  it('imports playwright-core only lazily (the CLI and browser host print PDFs with it; the app prints with Electron)', () => {
    for (const [file] of imports()) {
      const code = readFileSync(join(app, file), 'utf8')
      expect(code, file).not.toMatch(/^import[^\n]*from ["']playwright-core["']/m)
    }
  })

  it('the preload, sandboxed, requires nothing but electron', () => {
    for (const [file, specifiers] of imports()) {
      if (file.startsWith('out/preload/')) expect(specifiers).toEqual(['electron'])
    }
  })

  it.each(PLATFORMS)('$key: copies each imported dependency, and everything it depends on, from node_modules', ({ key }) => {
    const imported = new Set<string>()
    for (const specifiers of imports().values()) {
      for (const specifier of specifiers) if (isPackaged(specifier)) imported.add(packageNameOf(specifier))
    }
    const closure = productionClosure([...imported])
    expect(closure.size).toBeGreaterThanOrEqual(imported.size)
    const require = createRequire(join(app, 'out', 'main', 'index.js'))
    for (const [dir, manifest] of closure) {
      expect(nodeModuleKeeps(config, key, `${dir}/package.json`), `${key}: ${dir}`).toBe(true)
      const entry = typeof manifest.main === 'string' ? manifest.main : 'index.js'
      const entryPath = join(ROOT, dir, entry)
      const entryFile = [entryPath, `${entryPath}.js`, join(entryPath, 'index.js')].find((path) => existsSync(path) && statSync(path).isFile())
      if (entryFile) expect(nodeModuleKeeps(config, key, relative(ROOT, entryFile).split(sep).join('/')), `${key}: ${dir} main`).toBe(true)
    }
    // And what the imports resolve to (subpaths such as csv-parse/sync included) is kept.
    for (const specifiers of imports().values()) {
      for (const specifier of specifiers) {
        if (!isPackaged(specifier)) continue
        const resolved = relative(ROOT, require.resolve(specifier, { paths: [ROOT] })).split(sep).join('/')
        expect(nodeModuleKeeps(config, key, resolved), `${key}: ${specifier} → ${resolved}`).toBe(true)
      }
    }
  })

  it.each(PLATFORMS)('$key: leaves out only renderer-bundled dependencies and the Node-only PDF printer', ({ key }) => {
    const dropped = Object.keys(pkg.dependencies ?? {}).filter((name) => !nodeModuleKeeps(config, key, `node_modules/${name}/package.json`))
    expect(dropped.sort()).toEqual(['@xyflow/react', 'immer', 'playwright-core', 'react', 'react-dom'])
  })
})
