/**
 * The binary form of a source index: its options and each document's id and
 * feature stream. The buckets are not stored; they are rebuilt on reading, so
 * the bytes stay near 2 bytes per feature.
 *
 * Layout (little-endian): `DLSI`, format version (u8), three zero bytes,
 * `minScore` (f64), `maxFeatures` (u32), document count (u32); then per
 * document: id length in UTF-16 code units (u32), the id's code units (u16
 * each, so any string survives, lone surrogates included), feature count
 * (u32), the features (u16 each).
 */

const magic = [0x44, 0x4c, 0x53, 0x49]
const version = 1
const headerBytes = 24

/** What the binary form holds. */
export interface IndexContents {
  readonly minScore: number
  readonly maxFeatures: number
  readonly documents: ReadonlyArray<readonly [string, Uint16Array]>
}

/**
 * Write an index's contents.
 *
 * @param contents Options and documents.
 * @returns The bytes.
 */
export function encodeIndex(contents: IndexContents): Uint8Array {
  let length = headerBytes
  for (const [id, features] of contents.documents) length += 8 + 2 * id.length + 2 * features.length
  const bytes = new Uint8Array(length)
  const view = new DataView(bytes.buffer)
  bytes.set(magic, 0)
  view.setUint8(4, version)
  view.setFloat64(8, contents.minScore, true)
  view.setUint32(16, contents.maxFeatures, true)
  view.setUint32(20, contents.documents.length, true)
  let at = headerBytes
  for (const [id, features] of contents.documents) {
    view.setUint32(at, id.length, true)
    at += 4
    for (let unit = 0; unit < id.length; unit++, at += 2) view.setUint16(at, id.charCodeAt(unit), true)
    view.setUint32(at, features.length, true)
    at += 4
    for (const feature of features) {
      view.setUint16(at, feature, true)
      at += 2
    }
  }
  return bytes
}

/**
 * Read an index's contents back.
 *
 * @param bytes Output of `encodeIndex`.
 * @returns The contents.
 * @throws TypeError when the bytes are not a serialized source index of this version.
 */
export function decodeIndex(bytes: Uint8Array): IndexContents {
  const fail = (why: string): never => {
    throw new TypeError(`Expected \`bytes\` to be a serialized source index, not bytes that ${why}`)
  }
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`Expected \`bytes\` to be a Uint8Array, not \`${typeof bytes}\``)
  if (bytes.length < headerBytes || magic.some((value, index) => bytes[index] !== value)) fail('do not start with its signature')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (view.getUint8(4) !== version) fail(`have format version ${view.getUint8(4)} (this version reads ${version})`)
  const minScore = view.getFloat64(8, true)
  const maxFeatures = view.getUint32(16, true)
  const count = view.getUint32(20, true)
  const documents: Array<[string, Uint16Array]> = []
  let at = headerBytes
  for (let index = 0; index < count; index++) {
    if (at + 4 > bytes.length) fail('end early')
    const idLength = view.getUint32(at, true)
    if (at + 8 + 2 * idLength > bytes.length) fail('end early')
    at += 4
    let id = ''
    for (let unit = 0; unit < idLength; unit += 4096) {
      const chunk = new Uint16Array(Math.min(4096, idLength - unit))
      for (let offset = 0; offset < chunk.length; offset++, at += 2) chunk[offset] = view.getUint16(at, true)
      id += String.fromCharCode(...chunk)
    }
    const featureCount = view.getUint32(at, true)
    at += 4
    if (at + 2 * featureCount > bytes.length) fail('end early')
    const features = new Uint16Array(featureCount)
    for (let feature = 0; feature < featureCount; feature++) features[feature] = view.getUint16(at + 2 * feature, true)
    at += 2 * featureCount
    documents.push([id, features])
  }
  if (at !== bytes.length) fail('go on past the last document')
  return {minScore, maxFeatures, documents}
}
