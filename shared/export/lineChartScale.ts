/**
 * The coordinates of a line chart over categories (months), shared by the results view's chart
 * (renderer) and the report's SVG (export): categories spread across the plot (one alone in the
 * middle), values on `[min, max]` from the bottom, clamped to the plot.
 */
export interface LineChartFrame {
  width: number
  height: number
  left: number
  right: number
  top: number
  bottom: number
}

export function lineChartScale(frame: LineChartFrame, count: number, min = 0, max = 100) {
  const plotWidth = frame.width - frame.left - frame.right
  const plotHeight = frame.height - frame.top - frame.bottom
  return {
    x: (index: number) => frame.left + (count <= 1 ? plotWidth / 2 : (index / (count - 1)) * plotWidth),
    y: (value: number) => frame.top + plotHeight - ((Math.min(max, Math.max(min, value)) - min) / (max - min)) * plotHeight,
  }
}
