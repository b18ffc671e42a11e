/**
 * electron-builder's own code, used by the packaging tests instead of re-implementing its rules:
 * the config loader (YAML via js-yaml, `extends`, file-set normalisation), the schema validation it
 * runs before every build (ajv + app-builder-lib/scheme.json), and the file matchers that decide
 * what goes into the app, what is copied from node_modules and what is unpacked from the asar.
 * They are internal modules of app-builder-lib (electron-builder's engine), reached through
 * electron-builder's own dependency on it, so the versions are exactly the ones `npm run dist` uses.
 */
import { lstatSync, readFileSync, type Stats } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

const fromRoot = createRequire(join(ROOT, 'package.json'))
const fromBuilder = createRequire(fromRoot.resolve('electron-builder/package.json'))
const appBuilderLib = dirname(fromBuilder.resolve('app-builder-lib/package.json'))
const fromAppBuilderLib = createRequire(join(appBuilderLib, 'package.json'))

/** The platforms a config section exists for, with electron-builder's key and the prebuild prefix. */
export const PLATFORMS = [
  { key: 'win', prebuild: 'win32', archs: ['x64'] },
  { key: 'mac', prebuild: 'darwin', archs: ['x64', 'arm64'] },
  { key: 'linux', prebuild: 'linux', archs: ['x64'] },
] as const
export type PlatformKey = (typeof PLATFORMS)[number]['key']

export type BuilderConfig = Record<string, unknown> & {
  files?: unknown
  asarUnpack?: unknown
  win?: Record<string, unknown>
  mac?: Record<string, unknown>
  linux?: Record<string, unknown>
}

type Filter = (file: string, stat: Stats & { moduleFullFilePath?: string }) => boolean
interface FileMatcher {
  from: string
  patterns: string[]
  createFilter(): Filter
}

interface ConfigModule {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: unknown): Promise<BuilderConfig>
  validateConfiguration(config: BuilderConfig, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>
}
interface FileMatcherModule {
  getMainFileMatchers(
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    platformSpecificBuildOptions: Record<string, unknown>,
    platformPackager: unknown,
    outDir: string,
    isElectronCompile: boolean,
  ): FileMatcher[]
  getNodeModuleFileMatcher(
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    platformSpecificBuildOptions: Record<string, unknown>,
    packager: unknown,
  ): FileMatcher
  getFileMatchers(
    config: BuilderConfig,
    name: string,
    destination: string,
    options: { macroExpander: (pattern: string) => string; customBuildOptions: Record<string, unknown>; globalOutDir: string; defaultSrc: string },
  ): FileMatcher[] | null
}

const configModule = fromAppBuilderLib('./out/util/config/config.js') as ConfigModule
const fileMatcherModule = fromAppBuilderLib('./out/fileMatcher.js') as FileMatcherModule
const { walk } = fromAppBuilderLib('builder-util') as { walk(dir: string, filter: Filter): Promise<string[]> }

export const SCHEME_PATH = join(appBuilderLib, 'scheme.json')
export const { getPlatformIconFileName } = fromAppBuilderLib('builder-util') as {
  getPlatformIconFileName(value: string, isMac: boolean): string
}

const quietLogger = { isEnabled: false, add() {} }

interface IconResult {
  icons: Array<{ file: string; size: number }>
  isFallback: boolean
  error?: string
}
const iconConverter = fromAppBuilderLib('./out/util/iconConverter.js') as {
  convertIcon(options: { sources: string[]; fallbackSources: string[]; roots: string[]; format: 'ico' | 'icns' | 'set'; outDir: string }): Promise<IconResult>
}

/**
 * How electron-builder resolves a configured icon (PlatformPackager.resolveIcon): relative to the
 * build resources, then the project. For our ready-made ICO/ICNS/PNG set it needs no conversion tool.
 */
export function resolveIcon(source: string, format: 'ico' | 'icns' | 'set', outDir: string): Promise<IconResult> {
  return iconConverter.convertIcon({ sources: [source], fallbackSources: [], roots: [join(ROOT, 'resources'), ROOT], format, outDir })
}

/** electron-builder.yml as electron-builder loads it (a directory's config, or an explicit file). */
export async function loadConfig(configPath: string | null = null, projectDir = ROOT): Promise<BuilderConfig> {
  return configModule.getConfig(projectDir, configPath, null)
}

/** What electron-builder runs before packaging; throws its own "Invalid configuration object" error. */
export async function validateConfig(config: BuilderConfig): Promise<void> {
  await configModule.validateConfiguration(config, quietLogger)
}

/** None of our patterns use macros; fail loudly if one appears instead of expanding it wrongly. */
function noMacros(pattern: string): string {
  if (pattern.includes('${')) throw new Error(`unexpected macro in file pattern: ${pattern}`)
  return pattern
}

function platformOptions(config: BuilderConfig, platform: PlatformKey): Record<string, unknown> {
  return (config[platform] as Record<string, unknown> | undefined) ?? {}
}

function stubPackager(config: BuilderConfig, projectDir: string) {
  return {
    info: {
      projectDir,
      buildResourcesDir: join(projectDir, 'resources'),
      isPrepackedAppAsar: false,
      config,
      debugLogger: quietLogger,
    },
  }
}

/** The files electron-builder copies from the app directory for a platform (node_modules aside). */
export async function appFiles(config: BuilderConfig, platform: PlatformKey, appDir: string): Promise<string[]> {
  const matchers = fileMatcherModule.getMainFileMatchers(
    appDir,
    join(appDir, '.staging'),
    noMacros,
    platformOptions(config, platform),
    stubPackager(config, appDir),
    join(appDir, 'dist'),
    false,
  )
  const files: string[] = []
  for (const matcher of matchers) {
    for (const file of await walk(matcher.from, matcher.createFilter())) files.push(relativePosix(appDir, file))
  }
  return files.sort()
}

function relativePosix(from: string, file: string): string {
  return file.slice(from.length + 1).split(sep).join('/')
}

function statFor(appDir: string, relative: string): Stats & { moduleFullFilePath: string } {
  return Object.assign(lstatSync(join(appDir, relative)), { moduleFullFilePath: relative })
}

/**
 * Whether electron-builder's node_modules copier keeps a file (path relative to the project,
 * `node_modules/…`): it walks down from the package, so every folder on the way must pass too.
 */
export function nodeModuleKeeps(config: BuilderConfig, platform: PlatformKey, relative: string, appDir = ROOT): boolean {
  const matcher = fileMatcherModule.getNodeModuleFileMatcher(appDir, join(appDir, '.staging'), noMacros, platformOptions(config, platform), stubPackager(config, appDir).info)
  if (matcher.patterns.length === 0) return true
  const filter = matcher.createFilter()
  const parts = relative.split('/')
  // node_modules/<name> or node_modules/@scope/<name> is the package root, where copying starts.
  const packageDepth = parts[1]?.startsWith('@') ? 3 : 2
  for (let depth = packageDepth; depth <= parts.length; depth++) {
    const path = parts.slice(0, depth).join('/')
    if (!filter(join(appDir, path), statFor(appDir, path))) return false
  }
  return true
}

/** Whether a file ends up outside app.asar (asarUnpack). */
export function asarUnpacks(config: BuilderConfig, platform: PlatformKey, relative: string, appDir = ROOT): boolean {
  const matchers = fileMatcherModule.getFileMatchers(config, 'asarUnpack', join(appDir, '.staging'), {
    macroExpander: noMacros,
    customBuildOptions: platformOptions(config, platform),
    globalOutDir: join(appDir, 'dist'),
    defaultSrc: appDir,
  })
  const matcher = matchers?.[0]
  return matcher !== undefined && matcher.createFilter()(join(appDir, relative), statFor(appDir, relative))
}

export function readJson<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T
}
