import {mix32} from './hash'
import {sentenceBreak} from './document-features'

/** Number of MinHash functions, one per LSH band of one row. */
export const bandCount = 32

/** One seed per band; `mix32(feature ^ seed)` is a different permutation of the 32-bit integers for each. */
const seeds = /* @__PURE__ */ Int32Array.from({length: bandCount}, (_, band) => mix32(Math.imul(band + 1, 0x9e3779b9)))

/**
 * The MinHash signature of a feature stream's distinct features (Broder 1997),
 * one value per band: the feature with the least hash under that band's
 * permutation. With one row per band (LSH banding, Indyk & Motwani 1998), two
 * documents meet in a band with probability equal to the Jaccard similarity of
 * their feature sets, so the number of bands they share estimates it, and a
 * source sharing even a sixth of its features with a query meets it in some band
 * with odds above 99% (1 − (5/6)^32).
 *
 * @param tokens Feature streams (`documentFeatures`).
 * @param start Where the stream starts.
 * @param end Where it ends.
 * @returns The signature, or `undefined` when the stream has no features.
 */
export function bandKeys(tokens: Uint16Array, start: number, end: number): Uint16Array | undefined {
  const least = new Uint32Array(bandCount).fill(0xffffffff)
  const keys = new Uint16Array(bandCount)
  let any = false
  for (let index = start; index < end; index++) {
    const feature = tokens[index]!
    if (feature === sentenceBreak) continue
    any = true
    for (let band = 0; band < bandCount; band++) {
      const hash = mix32(feature ^ seeds[band]!)
      if (hash < least[band]!) {
        least[band] = hash
        keys[band] = feature
      }
    }
  }
  return any ? keys : undefined
}
