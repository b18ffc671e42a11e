/** A host adapter for API tests in plain Node: no dialogs, no windows; optionally a PDF printer. */
import type { HostAdapter } from '../../electron/services/api'
import type { HtmlToPdf } from '../../electron/services/export/pdf/htmlToPdf'

export function fakeHost(htmlToPdf?: HtmlToPdf): HostAdapter<null> {
  return {
    kind: 'web',
    dialogs: 'in-app',
    version: '9.9.9',
    systemLocale: 'zh-CN',
    chooseOpen: async () => null,
    chooseSave: async () => null,
    listFiles: () => [],
    focusOther: () => false,
    bindDocument: () => undefined,
    closeWindow: () => undefined,
    ...(htmlToPdf ? { htmlToPdf } : {}),
  }
}
