/**
 * Why `npmRebuild: false` is right: better-sqlite3 13 ships prebuilt binaries that use only
 * Node-API (N-API), whose ABI is stable across Node and Electron versions. A binary that registers
 * itself through N-API and calls nothing of V8's or Node's C++ API loads in any runtime with a new
 * enough N-API, so the one that the tests load in Node 22 is the one Electron 45 (Node 24) loads.
 * Checked on the files themselves: the ELF dynamic symbol table of the Linux binaries, and the
 * export/import names of the macOS and Windows ones.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { asarUnpacks, loadConfig, nodeModuleKeeps, PLATFORMS, readJson, ROOT } from './builder'

const PACKAGE = join(ROOT, 'node_modules', 'better-sqlite3')
const PREBUILDS = join(PACKAGE, 'prebuilds')
/** N-API version of Node 24, the Node inside Electron 45 (N-API 10 arrived in Node 22.14 / 23.6). */
const ELECTRON_45_NAPI = 10

interface ElfSymbol {
  name: string
  defined: boolean
}

/** The dynamic symbols (.dynsym) of a 64-bit little-endian ELF shared object. */
function elfDynamicSymbols(file: Buffer): ElfSymbol[] {
  expect(file.subarray(0, 4).toString('latin1')).toBe('\x7fELF')
  expect(file[4], 'ELFCLASS64').toBe(2)
  expect(file[5], 'little-endian').toBe(1)
  const sectionHeaders = Number(file.readBigUInt64LE(0x28))
  const entrySize = file.readUInt16LE(0x3a)
  const count = file.readUInt16LE(0x3c)
  const section = (index: number) => {
    const at = sectionHeaders + index * entrySize
    return {
      type: file.readUInt32LE(at + 4),
      offset: Number(file.readBigUInt64LE(at + 0x18)),
      size: Number(file.readBigUInt64LE(at + 0x20)),
      link: file.readUInt32LE(at + 0x28),
      entrySize: Number(file.readBigUInt64LE(at + 0x38)),
    }
  }
  const SHT_DYNSYM = 11
  const dynsym = Array.from({ length: count }, (_, index) => section(index)).find((header) => header.type === SHT_DYNSYM)
  if (!dynsym) throw new Error('no .dynsym section')
  const strings = section(dynsym.link)
  const symbols: ElfSymbol[] = []
  for (let at = dynsym.offset; at < dynsym.offset + dynsym.size; at += dynsym.entrySize) {
    const nameOffset = file.readUInt32LE(at)
    const sectionIndex = file.readUInt16LE(at + 6)
    const start = strings.offset + nameOffset
    const name = file.subarray(start, file.indexOf(0, start)).toString('latin1')
    if (name) symbols.push({ name, defined: sectionIndex !== 0 })
  }
  return symbols
}

const prebuilds = existsSync(PREBUILDS) ? readdirSync(PREBUILDS).filter((name) => name.endsWith('.node')).sort() : []

describe('better-sqlite3 ships N-API binaries that Electron 45 loads without a rebuild', () => {
  it('is better-sqlite3 13 built with NAPI_VERSION ≤ the N-API of Electron 45 (and of this Node)', () => {
    const { version } = readJson<{ version: string }>(join(PACKAGE, 'package.json'))
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(13)
    const napi = Number(/NAPI_VERSION=(\d+)/.exec(readFileSync(join(PACKAGE, 'binding.gyp'), 'utf8'))?.[1])
    expect(napi).toBeGreaterThan(0)
    expect(napi).toBeLessThanOrEqual(ELECTRON_45_NAPI)
    expect(napi).toBeLessThanOrEqual(Number(process.versions.napi))
  })

  it('has a prebuild for every platform and architecture we package for', () => {
    expect(prebuilds).toEqual(expect.arrayContaining(['win32-x64.node', 'darwin-x64.node', 'darwin-arm64.node', 'linux-x64.node']))
  })

  it('finds no compiled build/ that would be loaded instead of the prebuilds', () => {
    // lib/binding.js prefers build/Release/better_sqlite3.node: one compiled for Node's ABI there
    // (e.g. by electron-builder install-app-deps) would break the packaged app.
    expect(existsSync(join(PACKAGE, 'build', 'Release', 'better_sqlite3.node'))).toBe(false)
    expect(existsSync(join(PACKAGE, 'build', 'Debug', 'better_sqlite3.node'))).toBe(false)
  })

  it.each(prebuilds.filter((name) => name.startsWith('linux')))(
    '%s registers through N-API and imports nothing of V8 or Node’s C++ API (ELF .dynsym)',
    (name) => {
      const symbols = elfDynamicSymbols(readFileSync(join(PREBUILDS, name)))
      const defined = new Set(symbols.filter((symbol) => symbol.defined).map((symbol) => symbol.name))
      const imported = symbols.filter((symbol) => !symbol.defined).map((symbol) => symbol.name)
      expect(defined).toContain('napi_register_module_v1')
      expect(defined).toContain('node_api_module_get_api_version_v1')
      // The legacy (non-N-API) registration, tied to one NODE_MODULE_VERSION:
      expect([...defined].filter((symbol) => symbol.startsWith('node_register_module_v'))).toEqual([])
      expect(imported.filter((symbol) => symbol === 'node_module_register')).toEqual([])
      // Mangled C++ names of the V8 and node namespaces: ABI-specific, never in an N-API module.
      expect(imported.filter((symbol) => /^_ZN(2v8|4node)/.test(symbol))).toEqual([])
      expect(imported.filter((symbol) => /^(napi_|node_api_)/.test(symbol)).length).toBeGreaterThan(20)
    },
  )

  it.each(prebuilds.filter((name) => !name.startsWith('linux')))('%s exports the N-API entry point and no V8/Node C++ symbols', (name) => {
    const text = readFileSync(join(PREBUILDS, name)).toString('latin1')
    expect(text).toContain('napi_register_module_v1')
    expect(text).not.toContain('node_register_module_v')
    // Itanium (macOS) and MSVC (Windows) manglings of the v8:: and node:: namespaces.
    expect(text).not.toMatch(/__ZN2v8|__ZN4node|@v8@@|@node@@/)
  })

  it('loads in this Node through N-API and works', async () => {
    const { default: Database } = await import('better-sqlite3')
    const db = new Database(':memory:')
    expect(db.prepare('select sqlite_version() as v').get()).toMatchObject({ v: expect.stringMatching(/^3\./) })
    db.close()
  })
})

describe('the packaged app carries the right binary, outside the asar', () => {
  it.each(PLATFORMS)('$key: keeps its own prebuilds, unpacked, and drops the other platforms’', async ({ key, prebuild, archs }) => {
    const config = await loadConfig()
    for (const name of prebuilds) {
      const relative = `node_modules/better-sqlite3/prebuilds/${name}`
      // Same OS (both architectures ride along); `linuxmusl-` is not `linux-`: Electron needs glibc.
      const sameOs = name.startsWith(`${prebuild}-`)
      expect(nodeModuleKeeps(config, key, relative), `${key} keeps ${name}`).toBe(sameOs)
      if (sameOs) expect(asarUnpacks(config, key, relative), `${key} unpacks ${name}`).toBe(true)
    }
    for (const arch of archs) {
      expect(prebuilds, `${key} ${arch}`).toContain(`${prebuild}-${arch}.node`)
    }
    for (const file of ['lib/index.js', 'lib/binding.js', 'lib/database.js', 'package.json']) {
      expect(nodeModuleKeeps(config, key, `node_modules/better-sqlite3/${file}`), file).toBe(true)
      expect(asarUnpacks(config, key, `node_modules/better-sqlite3/${file}`), file).toBe(false)
    }
    // The SQLite and C++ sources are not needed at run time.
    expect(nodeModuleKeeps(config, key, 'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c')).toBe(false)
  })
})
