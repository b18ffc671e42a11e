/**
 * Whether the workshop presentation is running: app state, so the toolbar button and the native
 * menu (View → Present, F5) start the same thing, and closing the journey ends it.
 */
import { appStore } from '../app/appStore'

export function startPresenting(): void {
  if (!appStore.get().session || appStore.get().presenting) return
  // Full screen needs a user activation (a click); from a menu key, or where the host refuses, the presentation fills the window.
  document.documentElement.requestFullscreen?.({ navigationUI: 'hide' }).catch(() => undefined)
  appStore.set({ presenting: true })
}

export function stopPresenting(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
  appStore.set({ presenting: false })
}
