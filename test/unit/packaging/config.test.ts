/**
 * electron-builder.yml: valid for electron-builder itself (its loader and its JSON schema, exactly
 * as `npm run dist` checks it before packaging) and carrying every setting the packaging issue asks
 * for. Packaging itself cannot run here (it downloads the Electron zips), so this is what is
 * checked without it.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Ajv from 'ajv'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { getPlatformIconFileName, loadConfig, readJson, resolveIcon, ROOT, SCHEME_PATH, validateConfig, type BuilderConfig } from './builder'

vi.mock('electron', () => import('../electron/fakeElectron'))

const { APP_ID } = await import('../../../electron/main/desktop')

let config: BuilderConfig
const scratch = mkdtempSync(join(tmpdir(), 'mot-builder-config-'))

beforeAll(async () => {
  config = await loadConfig()
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const section = (key: string) => config[key] as Record<string, unknown>
const targets = (platform: string) =>
  (section(platform).target as Array<{ target: string; arch: string[] }>).map(({ target, arch }) => `${target}:${arch.join('+')}`)

describe('electron-builder.yml is valid for electron-builder', () => {
  it('passes the validation electron-builder runs before every build', async () => {
    await expect(validateConfig(config)).resolves.toBeUndefined()
  })

  it('matches electron-builder’s JSON schema (scheme.json), checked independently with ajv', () => {
    const ajv = new Ajv({ allErrors: true, strict: false })
    const validate = ajv.compile(readJson(SCHEME_PATH))
    const valid = validate(config)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it('would be refused with a misspelt option, so the validation above is not vacuous', async () => {
    const text = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8').replace('oneClick: true', 'oneClik: true')
    writeFileSync(join(scratch, 'typo.yml'), text)
    copyFileSync(join(ROOT, 'package.json'), join(scratch, 'package.json'))
    const typo = await loadConfig(join(scratch, 'typo.yml'), scratch)
    await expect(validateConfig(typo)).rejects.toThrow(/Invalid configuration object[\s\S]*configuration\.nsis/)
  })
})

describe('what the installers are', () => {
  it('identifies the app as MOT Studio, with the id the app uses at run time', () => {
    expect(config.appId).toBe(APP_ID)
    expect(config.productName).toBe('MOT Studio')
    expect(readJson(join(ROOT, 'package.json')).productName).toBe('MOT Studio')
    expect(section('directories')).toMatchObject({ buildResources: 'resources', output: 'dist' })
  })

  it('builds a per-user NSIS installer without admin rights, and a portable exe, for Windows', () => {
    expect(targets('win')).toEqual(['nsis:x64', 'portable:x64'])
    expect(section('nsis')).toMatchObject({ oneClick: true, perMachine: false, deleteAppDataOnUninstall: false })
    expect(section('portable')).toMatchObject({ requestExecutionLevel: 'user' })
    expect(section('win').requestedExecutionLevel ?? 'asInvoker').toBe('asInvoker')
  })

  it('builds dmgs for Intel and Apple silicon Macs', () => {
    expect(targets('mac')).toEqual(['dmg:x64+arm64'])
    expect(String(section('mac').artifactName)).toContain('${arch}')
  })

  it('builds an AppImage and a deb for Linux', () => {
    expect(targets('linux')).toEqual(['AppImage:x64', 'deb:x64'])
    expect(section('linux')).toMatchObject({ executableName: 'mot-studio', category: 'Office', syncDesktopName: true })
    // The deb format needs a maintainer and a homepage, or fpm refuses to build it.
    expect(section('linux').maintainer).toMatch(/^.+ <.+@.+>$/)
    expect(section('extraMetadata').homepage).toMatch(/^https:\/\//)
    // The .desktop file is named after desktopName, which Electron also uses as the window's app id.
    expect(readJson(join(ROOT, 'package.json')).desktopName).toBe('mot-studio.desktop')
  })

  it('never publishes anything', () => {
    expect(config.publish).toBeNull()
    const scripts = readJson<{ scripts: Record<string, string> }>(join(ROOT, 'package.json')).scripts
    for (const name of ['dist', 'dist:win', 'dist:mac', 'dist:linux']) {
      expect(scripts[name], name).toMatch(/^npm run build && electron-builder .*--publish never$/)
    }
    expect(scripts['dist:win']).toContain('--win')
    expect(scripts['dist:mac']).toContain('--mac')
    expect(scripts['dist:linux']).toContain('--linux')
    expect(scripts.icons).toBe('node scripts/make-icons.mjs')
  })
})

describe('native module and hardening', () => {
  it('packs an asar with every native module unpacked, and rebuilds nothing', () => {
    expect(config.asar).toBe(true)
    expect(config.asarUnpack).toEqual(['**/*.node'])
    // better-sqlite3 13's N-API prebuilds already load in Electron (see nativeModule.test.ts).
    expect(config.npmRebuild).toBe(false)
    expect(config.buildDependenciesFromSource ?? false).toBe(false)
  })

  it('sets the Electron fuses: no RunAsNode, no NODE_OPTIONS, app code only from the asar, encrypted cookies', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })
})

describe('.journey file association', () => {
  it('registers the journey extension with its name, document icon and Linux MIME type', () => {
    const associations = config.fileAssociations as Array<Record<string, string>>
    expect(associations).toHaveLength(1)
    expect(associations[0]).toMatchObject({
      ext: 'journey',
      name: 'MOT Studio journey',
      description: 'MOT Studio journey',
      mimeType: 'application/x-mot-studio-journey',
      role: 'Editor',
    })
  })

  it('resolves the document icon the way electron-builder does: .ico on Windows, .icns on macOS', () => {
    const icon = (config.fileAssociations as Array<{ icon: string }>)[0]!.icon
    for (const isMac of [false, true]) {
      const file = join(ROOT, 'resources', getPlatformIconFileName(icon, isMac))
      expect(existsSync(file), file).toBe(true)
      expect(file.endsWith(isMac ? '.icns' : '.ico')).toBe(true)
    }
  })

  it('gives every platform an app icon that electron-builder accepts as it is', async () => {
    const outDir = join(scratch, 'icon-out')
    // Windows: an ICO with a 256 px image (electron-builder refuses smaller ones).
    const win = await resolveIcon(String(section('win').icon), 'ico', outDir)
    expect(win).toMatchObject({ isFallback: false, icons: [{ file: join(ROOT, 'resources', 'icons', 'app.ico'), size: 256 }] })
    const mac = await resolveIcon(String(section('mac').icon), 'icns', outDir)
    expect(mac).toMatchObject({ isFallback: false, icons: [{ file: join(ROOT, 'resources', 'icons', 'app.icns') }] })
    // Linux: a folder of NxN.png files, which electron-builder installs into the hicolor theme.
    const linux = await resolveIcon(String(section('linux').icon), 'set', outDir)
    expect(linux.isFallback).toBe(false)
    expect(linux.icons.map((icon) => icon.size)).toEqual([16, 24, 32, 48, 64, 128, 256, 512, 1024])
    expect(existsSync(outDir)).toBe(false) // nothing had to be converted
  })
})
