// The five seed articles of ../seeds/ by their number ('000' … '004'), read
// once, for the evaluation scripts and benchmarks that compare them.
import {readdirSync, readFileSync} from 'node:fs'

const folder = new URL('../seeds/', import.meta.url)

/** Seed texts keyed by their three-digit number, from the file names `NNN_<hash>.txt`. */
export const seedTexts = Object.fromEntries(
  readdirSync(folder)
    .filter((name) => /^\d{3}_[0-9a-f]+\.txt$/.test(name))
    .sort()
    .map((name) => [name.slice(0, 3), readFileSync(new URL(name, folder), 'utf8')]),
)
