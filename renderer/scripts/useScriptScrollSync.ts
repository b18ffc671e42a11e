/**
 * Keeps the script's scrolling in step with the canvas both ways: selecting a card scrolls its
 * section to the top; scrolling the script selects the card whose section is at the top and centres
 * the canvas on it (throttled). A selection the script view made itself never scrolls it back.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react'
import type { useCanvasNavigation } from '../canvas/useCanvasNavigation'
import { selectionStore } from '../editor/selection'

const SCROLL_THROTTLE_MS = 150

/** Returns the scroll handler for the script's scroll container. */
export function useScriptScrollSync(scrollRef: RefObject<HTMLDivElement | null>, selectedId: string | null, navigation: ReturnType<typeof useCanvasNavigation>): () => void {
  // The selection the view made by scrolling, and where the view last scrolled itself to (a scroll
  // that ends there is the view's own, not the user's).
  const selectedByScroll = useRef<string | null>(null)
  const selfScrollTop = useRef<number | null>(null)
  const throttle = useRef<ReturnType<typeof setTimeout> | null>(null)

  // Canvas → script: a newly selected card brings its section to the top.
  useEffect(() => {
    if (!selectedId) return
    if (selectedByScroll.current === selectedId) return
    selectedByScroll.current = null
    const container = scrollRef.current
    const section = container?.querySelector<HTMLElement>(`[data-script-touchpoint="${CSS.escape(selectedId)}"]`)
    if (!container || !section) return
    const top = section.getBoundingClientRect().top - container.getBoundingClientRect().top + container.scrollTop
    container.scrollTo({ top: Math.max(0, top - 4) })
    selfScrollTop.current = container.scrollTop
  }, [selectedId])

  // Script → canvas: the section at the top selects its card and centres the canvas on it.
  const syncFromScroll = useCallback(() => {
    throttle.current = null
    const container = scrollRef.current
    if (!container) return
    if (selfScrollTop.current !== null && Math.abs(container.scrollTop - selfScrollTop.current) < 2) return
    selfScrollTop.current = null
    const top = container.getBoundingClientRect().top
    const sections = container.querySelectorAll<HTMLElement>('[data-script-touchpoint]')
    const atTop = [...sections].find((section) => section.getBoundingClientRect().bottom > top + 24)
    const id = atTop?.dataset.scriptTouchpoint
    if (!id || id === selectionStore.get().touchpointId) return
    selectedByScroll.current = id
    navigation.showCard(id)
  }, [navigation])
  const onScroll = () => {
    if (throttle.current) return
    throttle.current = setTimeout(syncFromScroll, SCROLL_THROTTLE_MS)
  }
  useEffect(
    () => () => {
      if (throttle.current) clearTimeout(throttle.current)
    },
    [],
  )
  return onScroll
}
