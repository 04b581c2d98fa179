import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/** Read a seed article from the repository's `seeds/` folder. */
export function readSeed(prefix: '000' | '001' | '002' | '003' | '004'): string {
  const names = {
    '000': '000_45abfce7d79872e0.txt',
    '001': '001_db457dd8b98fe6bd.txt',
    '002': '002_23ede6548529f859.txt',
    '003': '003_30099c242313f430.txt',
    '004': '004_f1b56273edc3bd21.txt',
  }
  return readFileSync(fileURLToPath(new URL(`../../../seeds/${names[prefix]}`, import.meta.url)), 'utf8')
}
