/**
 * A small, strict XML well-formedness check for the SVG tests: one root element, matching tags,
 * quoted attributes without `<`, only the five named entities and numeric references, no markup
 * inside text. Returns the element tree with entities decoded, so tests can read the text back.
 */
export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  /** Text directly inside this element (decoded; whitespace-only runs between elements left out). */
  text: string
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(raw: string, where: number): string {
  return raw.replace(/&([^;&\s]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) throw new Error(`Bare & at ${where}`)
    if (body in NAMED) return NAMED[body]!
    const numeric = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(body)
    if (numeric) return String.fromCodePoint(numeric[1] ? parseInt(numeric[1], 16) : Number(numeric[2]))
    throw new Error(`Unknown entity &${body}; at ${where}`)
  })
}

export function parseXml(source: string): XmlElement {
  let pos = 0
  const fail = (message: string): never => {
    throw new Error(`${message} at ${pos}: ${JSON.stringify(source.slice(pos, pos + 40))}`)
  }
  const skipSpace = () => {
    while (pos < source.length && /\s/.test(source[pos]!)) pos += 1
  }
  const name = () => {
    const match = /^[A-Za-z_:][\w:.-]*/.exec(source.slice(pos, pos + 200))
    if (!match) fail('Expected a name')
    pos += match![0].length
    return match![0]
  }
  const element = (): XmlElement => {
    if (source[pos] !== '<') fail('Expected <')
    pos += 1
    const result: XmlElement = { name: name(), attributes: {}, children: [], text: '' }
    for (;;) {
      const before = pos
      skipSpace()
      if (source.startsWith('/>', pos)) {
        pos += 2
        return result
      }
      if (source[pos] === '>') {
        pos += 1
        break
      }
      if (pos === before) fail('Expected whitespace before an attribute')
      const attribute = name()
      if (attribute in result.attributes) fail(`Duplicate attribute ${attribute}`)
      skipSpace()
      if (source[pos] !== '=') fail('Expected =')
      pos += 1
      skipSpace()
      const quote = source[pos]
      if (quote !== '"' && quote !== "'") fail('Expected a quoted value')
      const end = source.indexOf(quote!, pos + 1)
      if (end < 0) fail('Unterminated attribute')
      const raw = source.slice(pos + 1, end)
      if (raw.includes('<')) fail('< inside an attribute value')
      result.attributes[attribute] = decode(raw, pos)
      pos = end + 1
    }
    for (;;) {
      if (pos >= source.length) fail(`Unclosed <${result.name}>`)
      if (source.startsWith('</', pos)) {
        pos += 2
        const closing = name()
        if (closing !== result.name) fail(`</${closing}> closes <${result.name}>`)
        skipSpace()
        if (source[pos] !== '>') fail('Expected >')
        pos += 1
        return result
      }
      if (source.startsWith('<!', pos) || source.startsWith('<?', pos)) fail('Comments, CDATA and processing instructions are not expected')
      if (source[pos] === '<') {
        result.children.push(element())
        continue
      }
      const next = source.indexOf('<', pos)
      const raw = source.slice(pos, next < 0 ? source.length : next)
      // Whitespace-only text between elements is layout of the markup, not content.
      if (raw.trim()) result.text += decode(raw, pos)
      pos += raw.length
    }
  }
  if (source.startsWith('<?xml')) {
    const end = source.indexOf('?>')
    if (end < 0) fail('Unterminated XML declaration')
    pos = end + 2
  }
  skipSpace()
  const root = element()
  skipSpace()
  if (pos !== source.length) fail('Content after the root element')
  return root
}

/** Every element of the tree, depth first. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)]
}

/** The text of an element and its descendants, concatenated. */
export function textOf(element: XmlElement): string {
  return element.text + element.children.map(textOf).join('')
}

export function hasClass(element: XmlElement, name: string): boolean {
  return (element.attributes.class ?? '').split(/\s+/).includes(name)
}
