/** Record ids: short, random, URL- and SQL-safe. Uses Web Crypto, present in Node ≥ 19 and every browser. */
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'

interface CryptoLike {
  getRandomValues<T extends ArrayBufferView>(array: T): T
}
declare const crypto: CryptoLike

/** A new 16-character id with a kind prefix (`tp_…`, `st_…`) so ids in the sqlite shell explain themselves. */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  let id = ''
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length]
  return `${prefix}_${id}`
}
