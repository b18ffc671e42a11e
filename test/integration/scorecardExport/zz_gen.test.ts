import { it } from 'vitest'
import { writeScorecardExport, exportModelOf } from '../../../electron/services/export/scorecards'
import { workedCopy } from './fixture'
it('gen', async () => {
  const { workingCopy, doc } = workedCopy('/tmp/lo')
  for (const locale of ['zh-CN', 'en'] as const) {
    const model = exportModelOf(workingCopy, doc, { locale, sourceName: 'x.journey', appVersion: '0.1.0' })
    await writeScorecardExport(`/tmp/lo/form-${locale}.pdf`, model, { format: 'pdf', pdfKind: 'form' })
    await writeScorecardExport(`/tmp/lo/report-${locale}.pdf`, model, { format: 'pdf', pdfKind: 'report' })
  }
}, 60000)
