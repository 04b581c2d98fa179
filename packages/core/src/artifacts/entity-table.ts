import {decodeNumericReference, namedEntities} from '../normalize/html-entities'

export {entityNamesThatAreWords} from '../normalize/html-entities'

/**
 * Decode one entity body (`quot`, `#39`, `#x2019`) with the table
 * `normalizeText` uses, or return `undefined` when it names nothing that
 * table knows or an invalid code point.
 *
 * @param body The part between `&` and `;`, without either.
 * @returns The decoded character, or `undefined`.
 */
export function decodeEntityBody(body: string): string | undefined {
  if (body[0] === '#') return decodeNumericReference(body.slice(1))
  return Object.hasOwn(namedEntities, body) ? namedEntities[body] : undefined
}
