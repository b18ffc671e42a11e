/**
 * A view choice remembered per browser profile / app install (localStorage): which view, whether a
 * panel is open. Never saved in the file, never undone. Storage can be unavailable (private mode,
 * a locked-down profile): the choice then lasts for this session only.
 */
export interface RememberedChoice<T extends string> {
  read(): T
  write(value: T): void
}

export function rememberedChoice<T extends string>(key: string, allowed: readonly T[], fallback: T): RememberedChoice<T> {
  return {
    read() {
      try {
        const stored = localStorage.getItem(key)
        return allowed.find((value) => value === stored) ?? fallback
      } catch {
        return fallback
      }
    },
    write(value) {
      try {
        localStorage.setItem(key, value)
      } catch {
        // Unavailable storage: remembered for this session only (the store still holds it).
      }
    },
  }
}
