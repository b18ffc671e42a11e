/**
 * A value that catches up with `value` once it has stopped changing for `delay` ms (the first value
 * at once), in a transition. For panels whose work grows with the journey (lint, coverage, curve
 * figures): with thousands of cards they update when typing pauses rather than on every keystroke,
 * so the keystroke never waits for them.
 */
import { startTransition, useEffect, useState } from 'react'

/** How long the document must stay unchanged before the panels that wait for it catch up. */
export const SETTLE_MS = 250

export function useSettledValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    if (Object.is(value, settled)) return
    const timer = setTimeout(() => startTransition(() => setSettled(value)), delay)
    return () => clearTimeout(timer)
    // `settled` is left out on purpose: only a new value (re)starts the wait.
  }, [value, delay])
  return settled
}
