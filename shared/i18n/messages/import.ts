/** import messages. */
import { defineMessages } from '../define'

export const importMessages = defineMessages({
  en: {
    'import.placeholderRemoveMe': 'import',
  },
  'zh-CN': {
    'import.placeholderRemoveMe': 'import',
  },
})
