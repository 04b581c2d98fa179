// Compares the two well-kept legacy-encoding detectors on npm, chardet and jschardet, on short
// texts written for this comparison (not taken from anywhere) in 16 languages and 25 legacy
// encodings, each as a clause, a sentence and a paragraph. A detection counts as right when decoding
// the bytes with the detected encoding gives back the original text exactly (so ISO-8859-1 and
// Windows-1252 are both right for French without curly quotes).
//
//   node scripts/compare-encoding-detectors.mjs [--verbose]
//
// The bytes are made with encoders built from TextDecoder itself (each table inverted, through
// `decodeBytes`, which corrects Node's Windows-1252 decoder), so the script needs nothing but the
// two detectors. jschardet's CP932 and CP949 are read as shift_jis and euc-kr, the WHATWG
// encodings that are those code pages. Build first (`pnpm build`).
import {createRequire} from 'node:module'
import {decodeBytes, decodeText} from '../packages/adapters/dist/index.js'

const require = createRequire(import.meta.url)
const adaptersRequire = createRequire(new URL('../packages/adapters/package.json', import.meta.url))
const chardet = adaptersRequire('chardet')
const jschardet = adaptersRequire('jschardet')
const verbose = process.argv.includes('--verbose')

const texts = {
  fr: 'Le conseil municipal a voté jeudi soir la rénovation de l’école élémentaire. Les travaux, estimés à deux millions d’euros, débuteront à la rentrée prochaine, a précisé le maire, qui espère « une réouverture avant Noël ». Les parents d’élèves se disent soulagés, même si la cantine restera fermée pendant un trimestre entier.',
  de: 'Die Stadtwerke haben am Dienstag angekündigt, die Preise für Fernwärme zum ersten Januar deutlich zu erhöhen. Grund seien gestiegene Kosten für Erdgas, hieß es. Verbraucherschützer äußerten scharfe Kritik: Viele Haushalte müssten künftig über dreihundert Euro mehr im Jahr zahlen, obwohl die Gewinne des Versorgers weiter wüchsen.',
  es: 'El ayuntamiento aprobó el miércoles un plan para ampliar el carril bici hasta la estación de autobuses. Según la concejala de movilidad, las obras comenzarán en otoño y durarán unos seis meses. Los comerciantes de la zona, sin embargo, temen perder aparcamiento y piden una reunión urgente con el alcalde.',
  pt: 'O governo anunciou nesta terça-feira um novo programa de habitação para famílias de baixa renda. Segundo o ministro, serão construídas trinta mil casas até o fim do próximo ano, com prioridade para regiões atingidas pelas enchentes. A oposição questionou a origem dos recursos e pediu mais transparência nas licitações.',
  pl: 'Władze miasta ogłosiły w piątek, że remont głównego mostu potrwa dłużej, niż zakładano. Kierowcy muszą się liczyć z utrudnieniami aż do wiosny. Mieszkańcy pobliskich osiedli skarżą się na hałas i korki, a radni opozycji żądają wyjaśnień od wykonawcy, który już dwukrotnie przesuwał termin zakończenia prac.',
  cs: 'Městská rada ve čtvrtek schválila rozpočet na příští rok, který počítá s výraznými investicemi do školství. Ředitelé škol žádali peníze na opravy střech a nové učebny už několik let. Opozice však kritizuje, že se přitom škrtá v dopravě a že jízdné v tramvajích podraží o čtvrtinu.',
  ru: 'Во вторник городские власти объявили о закрытии центрального моста на ремонт. По словам чиновников, работы продлятся не меньше полугода, а движение транспорта будет перенаправлено на объездные улицы. Жители соседних районов опасаются пробок и требуют запустить дополнительные автобусные маршруты.',
  uk: 'У четвер міська рада ухвалила рішення про будівництво нової лікарні на лівому березі. Проєкт фінансуватимуть коштом обласного бюджету та міжнародного кредиту. Мешканці давно скаржилися, що найближча поліклініка розташована за годину їзди, особливо взимку, коли дороги погано прибирають.',
  el: 'Το δημοτικό συμβούλιο ενέκρινε την Τετάρτη την ανακαίνιση της κεντρικής πλατείας της πόλης. Οι εργασίες θα ξεκινήσουν τον Μάρτιο και αναμένεται να ολοκληρωθούν πριν από το καλοκαίρι. Οι καταστηματάρχες της περιοχής ζητούν να μην κλείσει ο δρόμος κατά τη διάρκεια των γιορτών.',
  tr: 'Belediye meclisi çarşamba günü şehir merkezindeki eski pazar yerinin yenilenmesine karar verdi. Çalışmaların sonbaharda başlaması ve bir yıl sürmesi bekleniyor. Esnaf ise inşaat süresince müşteri kaybından endişe ediyor ve geçici bir satış alanı ayrılmasını istiyor.',
  he: 'מועצת העיר אישרה ביום שלישי את התוכנית להרחבת קו הרכבת הקלה עד לשכונות הצפוניות. לדברי ראש העיר, העבודות יתחילו בשנה הבאה ויימשכו כשלוש שנים. התושבים מודאגים מהרעש ומהפקקים הצפויים, ודורשים פתרונות תחבורה זמניים.',
  ar: 'أعلن المجلس البلدي يوم الأربعاء عن خطة لتوسيع شبكة المياه في الأحياء الشرقية من المدينة. وقال رئيس البلدية إن الأعمال ستبدأ في الربيع المقبل وتستمر قرابة عامين. ويشكو السكان منذ سنوات من انقطاع المياه المتكرر خلال فصل الصيف.',
  ja: '市議会は水曜日、駅前の再開発計画を承認した。市長によると、工事は来年の春に始まり、三年ほどかかる見込みだという。周辺の商店街からは、工事期間中の客足の減少を心配する声が上がっており、市は仮設店舗の用意を検討している。',
  zh: '市政府周三宣布，将在明年春天开始扩建城北的地铁线路。市长表示，工程预计持续三年，建成后可以大大缓解早晚高峰的交通压力。附近居民则担心施工期间的噪音和尘土，希望政府尽快公布具体的应对措施。',
  zhTW: '市政府週三宣布，將在明年春天開始擴建城北的捷運路線。市長表示，工程預計持續三年，完工後可以大幅緩解上下班尖峰的交通壓力。附近居民則擔心施工期間的噪音與灰塵，希望政府盡快公布具體的因應措施。',
  ko: '시의회는 수요일 도심 재개발 계획을 승인했다. 시장에 따르면 공사는 내년 봄에 시작해 약 삼 년 동안 진행될 예정이다. 인근 상인들은 공사 기간 동안 손님이 줄어들 것을 걱정하며 임시 매장 마련을 요구하고 있다.',
}

/** Short lines dense with accents, the hardest case for a statistical detector. */
const shortTexts = [
  ['Le garçon était très fâché contre ça, déjà à midi.', 'windows-1252'],
  ['Où est la forêt ? Noël à l\'hôpital.', 'windows-1252'],
  ['Müller äußerte sich über die Größe der Brücke.', 'windows-1252'],
  ['El niño comió piña en la montaña.', 'windows-1252'],
  ['São João não está lá.', 'windows-1252'],
  ['Dès que possible, répondez à François.', 'windows-1252'],
  ['Łódź leży w środku Polski.', 'iso-8859-2'],
  ['Příliš žluťoučký kůň úpěl ďábelské ódy.', 'windows-1250'],
  ['Съешь же ещё этих мягких булок.', 'windows-1251'],
  ['Γειά σου κόσμε, τι κάνεις;', 'iso-8859-7'],
]

const cases = [
  ['fr', 'windows-1252'], ['fr', 'iso-8859-15'], ['de', 'windows-1252'], ['es', 'windows-1252'], ['pt', 'windows-1252'],
  ['pl', 'iso-8859-2'], ['pl', 'windows-1250'], ['cs', 'windows-1250'], ['cs', 'iso-8859-2'],
  ['ru', 'windows-1251'], ['ru', 'koi8-r'], ['ru', 'ibm866'], ['uk', 'windows-1251'], ['uk', 'koi8-u'],
  ['el', 'iso-8859-7'], ['el', 'windows-1253'], ['tr', 'windows-1254'], ['he', 'windows-1255'], ['he', 'iso-8859-8'], ['ar', 'windows-1256'],
  ['ja', 'shift_jis'], ['ja', 'euc-jp'], ['zh', 'gbk'], ['zhTW', 'big5'], ['ko', 'euc-kr'],
]

/** An encoder for a legacy encoding, built by inverting TextDecoder over all one- and two-byte sequences. */
const encoders = new Map()
function encoderFor(encoding) {
  if (encoders.has(encoding)) return encoders.get(encoding)
  const table = new Map()
  const tryBytes = (bytes) => {
    const text = decodeBytes(Uint8Array.from(bytes), encoding)
    if ([...text].length === 1 && text !== '\uFFFD' && !table.has(text)) table.set(text, bytes)
  }
  for (let first = 0; first < 256; first++) tryBytes([first])
  for (let first = 0x81; first < 0xff; first++) for (let second = 0x40; second < 0xff; second++) tryBytes([first, second])
  const encode = (text) => {
    const bytes = []
    for (const character of text) {
      const found = table.get(character)
      if (!found) return undefined
      bytes.push(...found)
    }
    return Uint8Array.from(bytes)
  }
  encoders.set(encoding, encode)
  return encode
}

const aliases = {cp932: 'shift_jis', cp949: 'euc-kr'}
const decodes = (bytes, encoding, expected) => {
  if (!encoding) return false
  try {
    return decodeBytes(bytes, aliases[encoding.toLowerCase()] ?? encoding) === expected
  } catch {
    return false
  }
}

/** The first guess TextDecoder can decode, as decodeText takes it. */
const firstDecodable = (names) =>
  names.find((name) => {
    try {
      new TextDecoder(aliases[name.toLowerCase()] ?? name)
      return true
    } catch {
      return false
    }
  })
const detectors = {
  decodeText: (bytes) => {
    const decoded = decodeText(bytes)
    return decoded.encodingSource === 'detected' ? decoded.encoding : undefined
  },
  chardet: (bytes) => firstDecodable(chardet.analyse(bytes).map((match) => match.name)),
  jschardet: (bytes) => firstDecodable(jschardet.detectAll(Buffer.from(bytes), {minimumThreshold: 0}).map((guess) => guess.encoding)),
}
const lengths = ['clause', 'sentence', 'paragraph']
const right = Object.fromEntries(Object.keys(detectors).map((name) => [name, Object.fromEntries(lengths.map((length) => [length, 0]))]))
let total = 0
for (const [language, encoding] of cases) {
  const encode = encoderFor(encoding)
  const sentence = texts[language].split(/(?<=[.。])\s*/u)[0]
  const clause = sentence.split(/[,，、]/u)[0]
  for (const [length, text] of [['clause', clause], ['sentence', sentence], ['paragraph', texts[language]]]) {
    let bytes = encode(text)
    let expected = text
    if (!bytes) {
      expected = text.replace(/’/g, "'").replace(/[«»]/g, '"')
      bytes = encode(expected)
    }
    if (!bytes || decodeBytes(bytes, encoding) !== expected) {
      console.log(`skip ${language} ${encoding}: the text does not fit the encoding`)
      continue
    }
    if (length === 'paragraph') total++
    const answers = Object.fromEntries(Object.entries(detectors).map(([name, detect]) => [name, detect(bytes)]))
    for (const [name, answer] of Object.entries(answers)) if (decodes(bytes, answer, expected)) right[name][length]++
    const mark = (name) => `${name} ${String(answers[name]).padEnd(12)} ${decodes(bytes, answers[name], expected) ? 'right' : 'WRONG'}`
    if (verbose) console.log(`${language.padEnd(4)} ${encoding.padEnd(12)} ${length.padEnd(9)} ${Object.keys(detectors).map(mark).join('  ')}`)
  }
}
const shortRight = Object.fromEntries(Object.keys(detectors).map((name) => [name, 0]))
for (const [text, encoding] of shortTexts) {
  const bytes = encoderFor(encoding)(text)
  const answers = Object.fromEntries(Object.entries(detectors).map(([name, detect]) => [name, detect(bytes)]))
  for (const [name, answer] of Object.entries(answers)) if (decodes(bytes, answer, text)) shortRight[name]++
  if (verbose) console.log(`short ${encoding.padEnd(12)} ${Object.entries(answers).map(([name, answer]) => `${name} ${String(answer).padEnd(12)} ${decodes(bytes, answer, text) ? 'right' : 'WRONG'}`).join('  ')}  ${text}`)
}
console.log(`${total} language/encoding cases, each as a clause (up to the first comma), a sentence and a paragraph`)
for (const [name, counts] of Object.entries(right)) {
  console.log(`${name.padEnd(10)} ${lengths.map((length) => `${length}s ${counts[length]}/${total}`).join('  ')}  short lines ${shortRight[name]}/${shortTexts.length}`)
}
console.log('(decodeText: both detectors, the decoding with fewer mixed-script words wins)')
