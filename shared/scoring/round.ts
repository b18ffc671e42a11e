/**
 * Printed numbers (scores, weights, indices): computed in full precision and rounded only for
 * display (methods.md), half away from zero, never "-0". One function for the app, the CLI and
 * every export, so the same number prints the same everywhere.
 *
 * @example fixed(76.30000000000001) // '76.30'
 * @example fixed(1.005, 2) // '1.01' (the binary 1.00499… is read as the 1.005 the user typed)
 */
export function fixed(value: number, decimals = 2): string {
  // 12 significant digits: drops binary noise (76.30000000000001) before rounding.
  const scaled = Number((Math.abs(value) * 10 ** decimals).toPrecision(12))
  const rounded = (Math.sign(value) * Math.round(scaled)) / 10 ** decimals
  return (rounded === 0 ? 0 : rounded).toFixed(decimals)
}
