/** cli messages. */
import { defineMessages } from '../define'

export const cliMessages = defineMessages({
  en: {
    'cli.placeholderRemoveMe': 'cli',
  },
  'zh-CN': {
    'cli.placeholderRemoveMe': 'cli',
  },
})
