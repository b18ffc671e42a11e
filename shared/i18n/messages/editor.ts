/** editor messages. */
import { defineMessages } from '../define'

export const editorMessages = defineMessages({
  en: {
    'editor.placeholderRemoveMe': 'editor',
  },
  'zh-CN': {
    'editor.placeholderRemoveMe': 'editor',
  },
})
