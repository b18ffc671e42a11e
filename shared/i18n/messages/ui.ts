/** ui messages. */
import { defineMessages } from '../define'

export const uiMessages = defineMessages({
  en: {
    'ui.placeholderRemoveMe': 'ui',
  },
  'zh-CN': {
    'ui.placeholderRemoveMe': 'ui',
  },
})
