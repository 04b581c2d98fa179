import type {Artifact} from '../types'
import {type ArtifactContext, makeArtifact} from './artifact-context'
import {Claims} from './claims'

const month = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?'

/**
 * The signature that closes an embedded tweet: `(@handle) December 31, 2019`.
 * Exported for the caption check, which must not take a tweet for a caption.
 */
export const tweetSignaturePattern = /* @__PURE__ */ (() => new RegExp(`\\(@\\w{1,15}\\)\\s{1,3}${month}\\s\\d{1,2},\\s\\d{4}`, 'g'))()
/** Instagram's embed line: `A post shared by Name (@handle) on Dec 31, 2019 at 4:05pm PST`, to the end of the line. */
export const instagramPattern = /A post shared by [^\n]{1,300}/g
/** A Twitter picture link. */
export const picturePattern = /(?<![\w/.])pic\.twitter\.com\/\w{1,30}/g
/** Links from URL shorteners, which hide where they lead. */
export const shortLinkPattern = /\bhttps?:\/\/(?:t\.co|bit\.ly|goo\.gl|ow\.ly|tinyurl\.com|buff\.ly|dlvr\.it|fb\.me|trib\.al|ift\.tt|lnkd\.in)\/[\w-]{1,40}/g
/**
 * A piece of text every match of each pattern holds (`instagramPattern`,
 * `picturePattern`, `shortLinkPattern`, in that order): a text without it is
 * not searched with the pattern, which would try every offset.
 */
export const patternLiterals = ['A post shared by ', 'pic.twitter.com/', '://'] as const

/**
 * Find embedded social-media posts pasted into the prose: a tweet (the
 * paragraph that ends in `– Name (@handle) December 31, 2019`), Instagram's
 * `A post shared by …` line, `pic.twitter.com/…` links, and links from URL
 * shorteners (`https://t.co/…`) outside a tweet. A handle in a sentence
 * (`Follow @AJENews for updates`) is prose and is not flagged. Severity
 * `warning`; the repair removes the post (a short link alone has no repair,
 * since where it leads is unknown).
 *
 * @param context The text, its side, and what is known about it (language, paragraphs, sentences, words).
 * @returns The embeds in order.
 */
export function findSocialEmbeds(context: ArtifactContext): Artifact[] {
  const {text, side} = context
  const found: Artifact[] = []
  const claimed = new Claims(text.length)
  const add = (start: number, end: number, message: string, suggestion?: string): void => {
    if (claimed.any(start, end)) return
    claimed.claim(start, end)
    found.push(makeArtifact(text, side, 'social-embed', start, end, 'warning', message, suggestion))
  }
  if (text.includes('(@')) {
    const paragraphs = context.paragraphs
    let paragraphIndex = 0
    for (const match of text.matchAll(tweetSignaturePattern)) {
      while (paragraphIndex < paragraphs.length && paragraphs[paragraphIndex]!.end <= match.index) paragraphIndex++
      const paragraph = paragraphs[paragraphIndex]
      const end = match.index + match[0].length
      // A tweet standing as its own paragraph goes whole; one glued into prose goes from its dash.
      if (paragraph && paragraph.end === end) {
        // The blank line after it goes too, so the repair leaves no gap.
        const next = paragraphs[paragraphIndex + 1]
        add(paragraph.start, next ? next.start : paragraph.end, 'An embedded tweet is pasted into the text.', '')
      } else {
        const lineStart = text.lastIndexOf('\n', match.index) + 1
        const dash = /[—–-][^—–\n]{0,80}$/.exec(text.slice(Math.max(lineStart, match.index - 81), match.index))
        const start = dash ? match.index - dash[0].length : match.index
        add(start, end, 'The signature of an embedded tweet is pasted into the text.', '')
      }
    }
  }
  for (const match of text.includes(patternLiterals[0]) ? text.matchAll(instagramPattern) : []) {
    add(match.index, match.index + match[0].length, 'An embedded Instagram post is pasted into the text.', '')
  }
  for (const match of text.includes(patternLiterals[1]) ? text.matchAll(picturePattern) : []) {
    add(match.index, match.index + match[0].length, 'A pic.twitter.com link from an embedded tweet is left in the text.', '')
  }
  for (const match of text.includes(patternLiterals[2]) ? text.matchAll(shortLinkPattern) : []) {
    add(match.index, match.index + match[0].length, 'A shortened link hides where it leads.')
  }
  return found.sort((a, b) => a.start - b.start)
}
