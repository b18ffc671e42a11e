import { lineFromText, standard } from '../../../../shared/model/script'
import { describe, expect, it } from 'vitest'
import { renderFinding } from '../../../../shared/lint/engine'
import { cleanJourney, findingsOf } from './helpers'

describe('mot-no-standard', () => {
  it('fires at an MOT whose standards are missing or blank', () => {
    const doc = cleanJourney((_doc, byTitle) => (byTitle('Quote').standards = ['  '].map((text) => standard(text))))
    const findings = findingsOf('mot-no-standard', doc)
    expect(findings.map((finding) => finding.message.params)).toEqual([{ title: 'Quote' }])
    expect(renderFinding('zh-CN', findings[0]!)).toBe('关键时刻“Quote”没有服务标准。')
  })

  it('is silent for MOTs with standards and for ordinary touchpoints', () => {
    expect(findingsOf('mot-no-standard', cleanJourney())).toEqual([])
  })
})

describe('mot-no-script', () => {
  it('fires at an MOT without script lines', () => {
    const doc = cleanJourney((_doc, byTitle) => (byTitle('Greeting').scriptLines = [].map(lineFromText)))
    expect(findingsOf('mot-no-script', doc).map((finding) => finding.message.params)).toEqual([{ title: 'Greeting' }])
  })

  it('is silent when MOTs have scripts (the Installation card is no MOT)', () => {
    expect(findingsOf('mot-no-script', cleanJourney())).toEqual([])
  })
})

describe('no-role', () => {
  it('fires at a touchpoint without a role, naming it by id when it has no title', () => {
    let id = ''
    const doc = cleanJourney((_doc, byTitle) => {
      const card = byTitle('Installation')
      id = card.id
      card.role = ''
      card.title = ''
    })
    const findings = findingsOf('no-role', doc)
    expect(findings.map((finding) => [finding.key, finding.message.params])).toEqual([[`no-role:${id}`, { title: id }]])
  })

  it('is silent when every touchpoint has a role', () => {
    expect(findingsOf('no-role', cleanJourney())).toEqual([])
  })
})

describe('dimension-unserved', () => {
  it('reports each dimension no touchpoint serves, once', () => {
    const doc = cleanJourney((doc) => {
      for (const touchpoint of Object.values(doc.touchpoints)) {
        touchpoint.servqual = touchpoint.servqual.filter((dimension) => dimension !== 'empathy' && dimension !== 'tangibles')
      }
    })
    const findings = findingsOf('dimension-unserved', doc)
    expect(findings.map((finding) => [finding.key, finding.dimension])).toEqual([
      ['dimension-unserved:tangibles', 'tangibles'],
      ['dimension-unserved:empathy', 'empathy'],
    ])
    expect(renderFinding('zh-CN', findings[1]!)).toBe('没有任何接触点服务于移情性（同理度：个性化关怀、超出期望）。')
  })

  it('is silent when all five dimensions are served', () => {
    expect(findingsOf('dimension-unserved', cleanJourney())).toEqual([])
  })
})

describe('risk-no-recovery', () => {
  it('fires at a risk without a recovery plan', () => {
    const doc = cleanJourney((_doc, byTitle) => (byTitle('Quote').recovery = ' '))
    expect(findingsOf('risk-no-recovery', doc).map((finding) => finding.message.params)).toEqual([{ title: 'Quote' }])
  })

  it('is silent when the risk has its recovery, or there is no risk', () => {
    expect(findingsOf('risk-no-recovery', cleanJourney())).toEqual([])
  })

  it('counts the CLEAR steps as a recovery', () => {
    const doc = cleanJourney((_doc, byTitle) => {
      byTitle('Quote').recovery = ''
      byTitle('Quote').recoverySteps = { ...byTitle('Quote').recoverySteps, apologise: '对不起，让您久等了' }
    })
    expect(findingsOf('risk-no-recovery', doc)).toEqual([])
  })
})

describe('peak-no-delight', () => {
  it('fires at a peak without its delight', () => {
    const doc = cleanJourney((_doc, byTitle) => (byTitle('Installation').delight = ''))
    expect(findingsOf('peak-no-delight', doc).map((finding) => finding.message.params)).toEqual([{ title: 'Installation' }])
  })

  it('is silent when the peak has its delight', () => {
    expect(findingsOf('peak-no-delight', cleanJourney())).toEqual([])
  })
})

describe('mot-no-time-limit', () => {
  it('is a suggestion at an MOT none of whose standards is time-bound', () => {
    const doc = cleanJourney((_doc, byTitle) => (byTitle('Greeting').standards = ['推荐前至少问 5 个开放式问题', 'Recommend no more than 3 options'].map((text) => standard(text))))
    const findings = findingsOf('mot-no-time-limit', doc)
    expect(findings.map((finding) => [finding.severity, finding.message.params])).toEqual([['info', { title: 'Greeting' }]])
  })

  it('is silent when one standard has a time limit, for MOTs without standards and for ordinary cards', () => {
    expect(findingsOf('mot-no-time-limit', cleanJourney())).toEqual([])
    const doc = cleanJourney((_doc, byTitle) => {
      byTitle('Greeting').standards = ['Smile', '顾客进门 3 秒内问好'].map((text) => standard(text))
      byTitle('Quote').standards = [].map((text) => standard(text))
      byTitle('Installation').standards = ['Shoe covers on'].map((text) => standard(text))
    })
    expect(findingsOf('mot-no-time-limit', doc)).toEqual([])
  })
})

describe('script-no-staff-line', () => {
  it('fires when every line is a customer line', () => {
    const doc = cleanJourney((_doc, byTitle) => (byTitle('Quote').scriptLines = ['顾客：太贵了', 'Customer: can you do better?', ''].map(lineFromText)))
    expect(findingsOf('script-no-staff-line', doc).map((finding) => finding.message.params)).toEqual([{ title: 'Quote' }])
  })

  it('is silent with one staff line, or no script at all', () => {
    const doc = cleanJourney((_doc, byTitle) => {
      byTitle('Quote').scriptLines = ['顾客：太贵了', '导购：我们一起看看钱花在哪儿'].map(lineFromText)
      byTitle('Greeting').scriptLines = [].map(lineFromText)
    })
    expect(findingsOf('script-no-staff-line', doc)).toEqual([])
  })
})

describe('forbidden-phrase', () => {
  it('finds built-in taboos case- and width-insensitively, reporting phrase and line', () => {
    const doc = cleanJourney((_doc, byTitle) => {
      byTitle('Quote').scriptLines = ['Here is everything.', 'Please ＣＡＬＭ　ＤＯＷＮ, sir.'].map(lineFromText)
      byTitle('Greeting').scriptLines = ['这个我也不知道，这是规定。'].map(lineFromText)
    })
    const findings = findingsOf('forbidden-phrase', doc)
    const greeting = Object.values(doc.touchpoints).find((touchpoint) => touchpoint.title === 'Greeting')!
    expect(findings.map((finding) => [finding.message.params.phrase, finding.message.params.line, finding.lineIndex])).toEqual([
      ['不知道', 1, 0],
      ['这是规定', 1, 0],
      ['calm down', 2, 1],
    ])
    expect(findings[0]!.key).toBe(`forbidden-phrase:${greeting.id}:不知道`)
    expect(renderFinding('en', findings[2]!)).toBe('Line 2 of the script of "Quote" uses the forbidden phrase "calm down": Please ＣＡＬＭ　ＤＯＷＮ, sir.')
    expect(renderFinding('zh-CN', findings[0]!)).toBe('“Greeting”话术第 1 句用了服务忌语“不知道”：这个我也不知道，这是规定。')
  })

  it("checks the team's own list, keeps its spelling, and matches it across widths", () => {
    const doc = cleanJourney((_doc, byTitle) => (byTitle('Greeting').scriptLines = ['亲，欢迎光临', "It's POLICY"].map(lineFromText)))
    const findings = findingsOf('forbidden-phrase', doc, { forbiddenPhrases: ['亲', "It’s policy", ' '] })
    expect(findings.map((finding) => finding.message.params.phrase)).toEqual(['亲', 'It’s policy'])
  })

  it('ignores customer lines and clean scripts', () => {
    const doc = cleanJourney((_doc, byTitle) => (byTitle('Quote').scriptLines = ['顾客：我不知道', '我帮您查一下'].map(lineFromText)))
    expect(findingsOf('forbidden-phrase', doc)).toEqual([])
    expect(findingsOf('forbidden-phrase', cleanJourney())).toEqual([])
  })
})

describe('end-no-farewell', () => {
  it('fires when the end has no farewell or follow-up line', () => {
    const doc = cleanJourney((_doc, byTitle) => (byTitle('Follow-up call').scriptLines = ['How has the kitchen been?', '顾客：谢谢'].map(lineFromText)))
    const findings = findingsOf('end-no-farewell', doc)
    expect(findings.map((finding) => finding.message.params)).toEqual([{ title: 'Follow-up call' }])
    expect(renderFinding('en', findings[0]!)).toBe(
      'The script of the end "Follow-up call" has no farewell or follow-up line (thanks, goodbye, a promised follow-up).',
    )
  })

  it('fires when the end has no script at all', () => {
    const doc = cleanJourney((_doc, byTitle) => (byTitle('Follow-up call').scriptLines = [].map(lineFromText)))
    expect(findingsOf('end-no-farewell', doc)).toHaveLength(1)
  })

  it.each(['Thank you for choosing us.', 'THANKS, see you!', '谢谢您的信任', '慢走，欢迎再来', '我们 7 天后会给您回访', 'I will follow up next week', 'Goodbye!'])(
    'is silent when a staff line says %s',
    (line) => {
      const doc = cleanJourney((_doc, byTitle) => (byTitle('Follow-up call').scriptLines = ['How was it?', line].map(lineFromText)))
      expect(findingsOf('end-no-farewell', doc)).toEqual([])
    },
  )
})
