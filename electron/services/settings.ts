/** Small per-user settings (language, recent files), kept as JSON in the data folder. */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { z } from 'zod'
import { LocaleSchema, type Locale } from '../../shared/model/schema'

const MAX_RECENT = 10

const SettingsSchema = z.object({
  locale: LocaleSchema.nullable().catch(null),
  recent: z.array(z.string()).catch([]),
  windowState: z.record(z.string(), z.unknown()).catch({}),
})
type SettingsData = z.infer<typeof SettingsSchema>

export class Settings {
  private data: SettingsData

  constructor(private readonly path: string) {
    this.data = this.load()
  }

  private load(): SettingsData {
    const fallback: SettingsData = { locale: null, recent: [], windowState: {} }
    if (!existsSync(this.path)) return fallback
    try {
      return SettingsSchema.parse(JSON.parse(readFileSync(this.path, 'utf8')))
    } catch {
      return fallback
    }
  }

  private persist(): void {
    const temp = `${this.path}.tmp`
    writeFileSync(temp, JSON.stringify(this.data, null, 2))
    renameSync(temp, this.path)
  }

  get locale(): Locale | null {
    return this.data.locale
  }

  set locale(locale: Locale) {
    this.data.locale = locale
    this.persist()
  }

  /** Recent files, newest first, only those that still exist. */
  get recent(): string[] {
    return this.data.recent.filter((path) => existsSync(path))
  }

  addRecent(path: string): void {
    this.data.recent = [path, ...this.data.recent.filter((other) => other !== path)].slice(0, MAX_RECENT)
    this.persist()
  }

  windowState(key: string): unknown {
    return this.data.windowState[key]
  }

  setWindowState(key: string, state: unknown): void {
    this.data.windowState[key] = state
    this.persist()
  }
}
