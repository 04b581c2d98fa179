/**
 * The binary form of a source index: its options and each document's id,
 * feature stream and (when the index keeps texts) text. The buckets are not
 * stored; they are rebuilt on reading, so without texts the bytes stay near 2
 * bytes per feature.
 *
 * Layout (little-endian): `DLSI`, format version (u8), flags (u8; bit 0: the
 * index keeps texts), two zero bytes, `minScore` (f64), `maxFeatures` (u32),
 * document count (u32); then per document: id length in UTF-16 code units
 * (u32), the id's code units (u16 each, so any string survives, lone
 * surrogates included), feature count (u32), the features (u16 each), and,
 * only when the index keeps texts, the text's length in UTF-16 code units
 * (u32, `0xffffffff` when the document has no stored text) followed by its
 * code units (u16 each: the text comes back exactly, so spans into it stay
 * valid). Version 1 (no flags, no texts) is still read.
 */

const magic = [0x44, 0x4c, 0x53, 0x49]
const version = 2
const headerBytes = 24
const noText = 0xffffffff
const keepTextsFlag = 1

/** A stored text, or how to read it when first asked for (texts read back from bytes are decoded lazily). */
export type StoredText = string | (() => string)

/** What the binary form holds. */
export interface IndexContents {
  readonly minScore: number
  readonly maxFeatures: number
  readonly keepTexts: boolean
  /** Id, features and the stored text (`undefined` when none). */
  readonly documents: ReadonlyArray<readonly [string, Uint16Array, (StoredText | undefined)?]>
}

/**
 * Write an index's contents.
 *
 * @param contents Options and documents.
 * @returns The bytes.
 */
export function encodeIndex(contents: IndexContents): Uint8Array {
  let length = headerBytes
  const documents = contents.documents.map(([id, features, text]) => [id, features, typeof text === 'function' ? text() : text] as const)
  for (const [id, features, text] of documents) {
    length += 8 + 2 * id.length + 2 * features.length + (contents.keepTexts ? 4 + 2 * (text?.length ?? 0) : 0)
  }
  const bytes = new Uint8Array(length)
  const view = new DataView(bytes.buffer)
  bytes.set(magic, 0)
  view.setUint8(4, version)
  view.setUint8(5, contents.keepTexts ? keepTextsFlag : 0)
  view.setFloat64(8, contents.minScore, true)
  view.setUint32(16, contents.maxFeatures, true)
  view.setUint32(20, contents.documents.length, true)
  let at = headerBytes
  const writeUnits = (text: string) => {
    view.setUint32(at, text.length, true)
    at += 4
    for (let unit = 0; unit < text.length; unit++, at += 2) view.setUint16(at, text.charCodeAt(unit), true)
  }
  for (const [id, features, text] of documents) {
    writeUnits(id)
    view.setUint32(at, features.length, true)
    at += 4
    for (const feature of features) {
      view.setUint16(at, feature, true)
      at += 2
    }
    if (!contents.keepTexts) continue
    if (text === undefined) {
      view.setUint32(at, noText, true)
      at += 4
    } else writeUnits(text)
  }
  return bytes
}

/** Where one document lies in the bytes. */
interface DocumentPlace {
  readonly id: string
  readonly featuresAt: number
  readonly featureCount: number
  /** Offset of the text's first code unit, or -1 when the document has none. */
  readonly textAt: number
  readonly textLength: number
}

/** The header of a serialized index and the place of each document, checked against the length. */
interface IndexLayout {
  readonly view: DataView
  readonly minScore: number
  readonly maxFeatures: number
  readonly keepTexts: boolean
  readonly places: DocumentPlace[]
}

function readUnits(view: DataView, at: number, length: number): string {
  let text = ''
  for (let unit = 0; unit < length; unit += 4096) {
    const chunk = new Uint16Array(Math.min(4096, length - unit))
    for (let offset = 0; offset < chunk.length; offset++) chunk[offset] = view.getUint16(at + 2 * (unit + offset), true)
    text += String.fromCharCode(...chunk)
  }
  return text
}

function readLayout(bytes: Uint8Array): IndexLayout {
  const fail = (why: string): never => {
    throw new TypeError(`Expected \`bytes\` to be a serialized source index, not bytes that ${why}`)
  }
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`Expected \`bytes\` to be a Uint8Array, not \`${typeof bytes}\``)
  if (bytes.length < headerBytes || magic.some((value, index) => bytes[index] !== value)) fail('do not start with its signature')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const format = view.getUint8(4)
  if (format !== 1 && format !== version) fail(`have format version ${format} (this version reads 1 and ${version})`)
  const keepTexts = format > 1 && (view.getUint8(5) & keepTextsFlag) !== 0
  const count = view.getUint32(20, true)
  const places: DocumentPlace[] = []
  let at = headerBytes
  const need = (length: number) => {
    if (at + length > bytes.length) fail('end early')
  }
  for (let index = 0; index < count; index++) {
    need(4)
    const idLength = view.getUint32(at, true)
    need(8 + 2 * idLength)
    const id = readUnits(view, at + 4, idLength)
    at += 4 + 2 * idLength
    const featureCount = view.getUint32(at, true)
    at += 4
    need(2 * featureCount)
    const featuresAt = at
    at += 2 * featureCount
    let textAt = -1
    let textLength = 0
    if (keepTexts) {
      need(4)
      const length = view.getUint32(at, true)
      at += 4
      if (length !== noText) {
        need(2 * length)
        textAt = at
        textLength = length
        at += 2 * length
      }
    }
    places.push({id, featuresAt, featureCount, textAt, textLength})
  }
  if (at !== bytes.length) fail('go on past the last document')
  return {view, minScore: view.getFloat64(8, true), maxFeatures: view.getUint32(16, true), keepTexts, places}
}

/**
 * Read an index's contents back.
 *
 * @param bytes Output of `encodeIndex`, of this format version or an earlier one.
 * @returns The contents.
 * @throws TypeError when the bytes are not a serialized source index.
 */
export function decodeIndex(bytes: Uint8Array): IndexContents {
  const {view, minScore, maxFeatures, keepTexts, places} = readLayout(bytes)
  // Texts are decoded when first asked for, from a private copy of the bytes (the
  // caller may reuse its buffer): a query-only reader such as `driftlens find` never
  // pays for decoding them, and a copy costs what the decoded strings would.
  const own = keepTexts && places.some((place) => place.textAt >= 0) ? new DataView(bytes.slice().buffer) : view
  const documents = places.map((place): [string, Uint16Array, StoredText | undefined] => {
    const features = new Uint16Array(place.featureCount)
    for (let feature = 0; feature < place.featureCount; feature++) features[feature] = view.getUint16(place.featuresAt + 2 * feature, true)
    return [place.id, features, place.textAt < 0 ? undefined : () => readUnits(own, place.textAt, place.textLength)]
  })
  return {minScore, maxFeatures, keepTexts, documents}
}

/** The texts stored in a serialized source index, read on demand. */
export interface SourceTexts {
  /** Documents in the index, with or without a stored text. */
  readonly size: number
  /** Documents whose text is stored. */
  readonly withText: number
  /** Whether a document with this id is in the index. */
  has(id: string): boolean
  /** The stored text of a document, exactly as it was added; `undefined` when the id is unknown or its text was not kept. */
  text(id: string): string | undefined
}

/**
 * Look up the source texts stored in a serialized index (one built with
 * `keepTexts`, as `driftlens index add` builds them) without building the
 * index itself: the bytes are scanned once for the documents' places, and a
 * text is decoded only when asked for. This is how a queue worker resolves a
 * record's `sourceId` against an index file.
 *
 * @param bytes A serialized source index. The bytes are read, never copied or changed, so they may sit in shared memory.
 * @returns The lookup.
 * @throws TypeError when the bytes are not a serialized source index.
 */
export function readSourceTexts(bytes: Uint8Array): SourceTexts {
  const {view, places} = readLayout(bytes)
  const byId = new Map<string, DocumentPlace>()
  let withText = 0
  // A later entry with the same id wins, as `add` replaces.
  for (const place of places) byId.set(place.id, place)
  for (const place of byId.values()) if (place.textAt >= 0) withText++
  return {
    size: byId.size,
    withText,
    has: (id) => byId.has(id),
    text(id) {
      if (typeof id !== 'string') throw new TypeError(`Expected \`id\` to be a string, not \`${typeof id}\``)
      const place = byId.get(id)
      return place === undefined || place.textAt < 0 ? undefined : readUnits(view, place.textAt, place.textLength)
    },
  }
}
