/**
 * "Export image…": asks what to export (PNG or SVG, whole journey or the selected cards), builds
 * the SVG from the document (shared/export/blueprintSvg; with the score heat map when it is on, as
 * on screen), draws it as a 300 dpi PNG if asked,
 * lets the user name the file, and hands the data to the host (`export.image`) to write.
 */
import { renderBlueprint } from '../../shared/export/blueprintSvg'
import type { PrintScaleLimits } from '../../shared/export/png'
import { MAX_IMAGE_DATA_CHARS } from '../../shared/ipc/contract'
import { translate } from '../../shared/i18n/translate'
import { call } from '../host/api'
import { appStore, notify, showDialog, type DialogAction } from '../app/appStore'
import { attempt, chooseSave, suggestedName } from '../app/fileActions'
import { selectionStore } from '../editor/selection'
import { heatStore } from '../scorecards/heat'
import { bytesToBase64, svgToPng } from './png'

export type ImageFormat = 'png' | 'svg'
export type ImageScope = 'all' | 'selection'

/**
 * The PNG as base64 for `export.image`; a drawing whose PNG would exceed the size the host takes is
 * drawn again with fewer pixels (a lower dpi, recorded in the file) rather than refused.
 */
async function pngData(svg: string, width: number, height: number): Promise<string> {
  let limits: PrintScaleLimits = {}
  let data = ''
  for (let round = 0; round < 4; round += 1) {
    const png = await svgToPng(svg, width, height, limits)
    data = bytesToBase64(png.bytes)
    if (data.length <= MAX_IMAGE_DATA_CHARS) break
    limits = { maxPixels: Math.floor((png.width * png.height * MAX_IMAGE_DATA_CHARS) / data.length / 1.25) }
  }
  return data
}

/** The selected touchpoints that still exist in the open journey. */
function selectedTouchpoints(): Set<string> {
  const doc = appStore.get().session?.editor.doc
  if (!doc) return new Set()
  return new Set([...selectionStore.get().touchpointIds].filter((id) => doc.touchpoints[id]))
}

/** Shows the export choices; the selection ones only when cards are selected. */
export async function exportImage(): Promise<void> {
  if (!appStore.get().session) return
  const selected = selectedTouchpoints()
  const actions: DialogAction[] = [
    { id: 'png:all', label: { key: 'present.export.pngAll' }, tone: 'primary' },
    ...(selected.size > 0 ? [{ id: 'png:selection', label: { key: 'present.export.pngSelection' } }] : []),
    { id: 'svg:all', label: { key: 'present.export.svgAll' } },
    ...(selected.size > 0 ? [{ id: 'svg:selection', label: { key: 'present.export.svgSelection' } }] : []),
    { id: 'cancel', label: { key: 'ui.common.cancel' } },
  ]
  const choice = await showDialog({
    kind: 'choice',
    title: { key: 'present.export.title' },
    body: selected.size > 0 ? { key: 'present.export.bodySelected', params: { count: selected.size } } : { key: 'present.export.body' },
    actions,
  })
  if (!choice || choice === 'cancel') return
  const [format, scope] = choice.split(':') as [ImageFormat, ImageScope]
  await exportImageAs(format, scope, selected)
}

/** Writes the image of the whole journey or of `selected` in `format`, after the user names the file. */
export async function exportImageAs(format: ImageFormat, scope: ImageScope, selected: ReadonlySet<string> = selectedTouchpoints()): Promise<void> {
  const { session, locale } = appStore.get()
  if (!session) return
  const only = scope === 'selection' && selected.size > 0 ? selected : undefined
  const suffix = only ? `-${translate(locale, 'present.export.selectionSuffix')}` : ''
  const name = suggestedName(`${suffix}.${format}`)
  const ref = await attempt(() => chooseSave(format, name))
  if (!ref) return
  // The image shows the document as it is now, even if the selection changed while the dialogs were open.
  const heat = heatStore.get().entries ?? undefined
  const image = renderBlueprint(session.editor.doc, { locale, only, heat })
  let data: string
  if (format === 'svg') data = image.svg
  else {
    notify({ tone: 'info', message: { key: 'present.export.rendering' } })
    try {
      data = await pngData(image.svg, image.width, image.height)
    } catch (error) {
      notify({ tone: 'error', message: { key: 'present.export.renderFailed', params: { detail: String((error as Error)?.message ?? error) } } })
      return
    }
  }
  if (data.length > MAX_IMAGE_DATA_CHARS) {
    notify({ tone: 'error', message: { key: 'present.export.tooLarge', params: { mb: Math.ceil(data.length / 1024 / 1024) } } })
    return
  }
  const written = await attempt(() => call('export.image', { docId: session.docId, ref, format, data }))
  if (written) notify({ tone: 'success', message: { key: 'ui.export.done', params: { name: written.fileName } } })
}
