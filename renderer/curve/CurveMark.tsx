/**
 * The mark of one experience-curve point, the same on every curve: ★ a designed peak, ■ the end,
 * ● any other step (shape, not only colour), with rings for the selected and the most intense point.
 */
import { starPoints } from './starPoints'

export interface CurveMarkSizes {
  star: readonly [outer: number, inner: number]
  /** Half the side of the end's square. */
  square: number
  dot: number
  selectedRing: number
  intenseRing: number
}

export function CurveMark(props: { x: number; y: number; isPeak: boolean; isEnd: boolean; selected: boolean; mostIntense: boolean; sizes: CurveMarkSizes }) {
  const { x, y, isPeak, isEnd, selected, mostIntense, sizes } = props
  return (
    <>
      {selected && <circle className="curve-selected-ring" cx={x} cy={y} r={sizes.selectedRing} />}
      {mostIntense && <circle className="curve-intense-ring" cx={x} cy={y} r={sizes.intenseRing} />}
      {isPeak ? (
        <polygon className="curve-mark" points={starPoints(x, y, sizes.star[0], sizes.star[1])} />
      ) : isEnd ? (
        <rect className="curve-mark" x={x - sizes.square} y={y - sizes.square} width={2 * sizes.square} height={2 * sizes.square} />
      ) : (
        <circle className="curve-mark" cx={x} cy={y} r={sizes.dot} />
      )}
    </>
  )
}
