/**
 * Places that English writes otherwise than the people who live there
 * (exonyms): `Bavaria` / `Bayern`, `Prague` / `Praha` / `Prag`, `North
 * Rhine-Westphalia` / `Nordrhein-Westfalen`, and the regions a Czech text
 * names by an adjective (`Moravskoslezský` for the Moravian-Silesian
 * Region, `Ústecký` for the Ústí Region). A translator keeps one form where
 * another translates it, so both must meet on one key.
 *
 * Written by hand from the English, German and Czech names of the places
 * (the UNGEGN's lists of exonyms and the official names of German and
 * Austrian states and Czech regions), for the places of Central Europe that
 * news from German and Czech names most, plus the European capitals and
 * rivers whose German or Czech name differs from the English one. Each row
 * is a key and the forms that stand for it, lowercase, hyphens written as
 * spaces (words are split at hyphens before they are looked up), with and
 * without accents.
 */
export const exonymRows: ReadonlyArray<readonly [string, readonly string[]]> = [
  // German and Austrian states.
  ['bavaria', ['bavaria', 'bayern', 'bavorsko']],
  ['lower-saxony', ['lower saxony', 'niedersachsen', 'dolni sasko', 'dolní sasko']],
  ['north-rhine-westphalia', ['north rhine westphalia', 'nordrhein westfalen', 'severni porynski vestfalsko', 'severní porýní vestfálsko', 'nrw']],
  ['rhineland-palatinate', ['rhineland palatinate', 'rheinland pfalz', 'porynsko falc', 'porýní falc']],
  ['saxony', ['saxony', 'sachsen', 'sasko']],
  ['saxony-anhalt', ['saxony anhalt', 'sachsen anhalt', 'sasko anhaltsko']],
  ['thuringia', ['thuringia', 'thüringen', 'thuringen', 'durynsko', 'durynsko']],
  ['hesse', ['hesse', 'hessen', 'hesensko']],
  ['mecklenburg-western-pomerania', ['mecklenburg western pomerania', 'mecklenburg vorpommern', 'meklenbursko predni pomoransko', 'meklenbursko přední pomořansko']],
  ['baden-wurttemberg', ['baden württemberg', 'baden wurttemberg', 'badensko wurttembersko', 'bádensko württembersko']],
  ['carinthia', ['carinthia', 'kärnten', 'karnten', 'korutany']],
  ['styria', ['styria', 'steiermark', 'štýrsko', 'styrsko']],
  ['tyrol', ['tyrol', 'tirol', 'tyrolsko']],
  ['south-tyrol', ['south tyrol', 'südtirol', 'sudtirol', 'jižní tyrolsko', 'jizni tyrolsko']],
  ['lower-austria', ['lower austria', 'niederösterreich', 'niederosterreich', 'dolní rakousy', 'dolni rakousy']],
  ['upper-austria', ['upper austria', 'oberösterreich', 'oberosterreich', 'horní rakousy', 'horni rakousy']],
  ['black-forest', ['black forest', 'schwarzwald']],
  ['lake-constance', ['lake constance', 'bodensee', 'bodamské jezero', 'bodamske jezero']],
  // Czech lands and regions (kraje), named by the region's adjective in Czech.
  ['bohemia', ['bohemia', 'čechy', 'cechy', 'böhmen', 'bohmen']],
  ['moravia', ['moravia', 'morava', 'mähren', 'mahren']],
  ['silesia', ['silesia', 'slezsko', 'schlesien', 'śląsk', 'slask']],
  ['central-bohemian', ['central bohemian', 'central bohemia', 'středočeský', 'stredocesky', 'středočeském', 'stredoceskem']],
  ['south-bohemian', ['south bohemian', 'south bohemia', 'jihočeský', 'jihocesky', 'jihočeském', 'jihoceskem']],
  ['south-moravian', ['south moravian', 'south moravia', 'jihomoravský', 'jihomoravsky', 'jihomoravském', 'jihomoravskem']],
  ['moravian-silesian', ['moravian silesian', 'moravskoslezský', 'moravskoslezsky', 'moravskoslezském', 'moravskoslezskem']],
  ['usti', ['ústí nad labem', 'usti nad labem', 'ústí', 'usti', 'ústecký', 'ustecky', 'ústeckém', 'usteckem']],
  ['hradec-kralove', ['hradec králové', 'hradec kralove', 'královéhradecký', 'kralovehradecky', 'královéhradeckém', 'kralovehradeckem']],
  ['vysocina', ['vysočina', 'vysocina', 'highlands region', 'bohemian moravian highlands']],
  // Cities.
  ['prague', ['prague', 'praha', 'prag', 'praze']],
  ['pilsen', ['pilsen', 'plzeň', 'plzen', 'plzni']],
  ['brno', ['brno', 'brünn', 'brunn', 'brně', 'brne']],
  ['munich', ['munich', 'münchen', 'munchen', 'muenchen', 'mnichov']],
  ['cologne', ['cologne', 'köln', 'koln', 'koeln', 'kolín nad rýnem', 'kolin nad rynem']],
  ['nuremberg', ['nuremberg', 'nürnberg', 'nurnberg', 'norimberk']],
  ['hanover', ['hanover', 'hannover']],
  ['brunswick', ['brunswick', 'braunschweig']],
  ['dresden', ['dresden', 'drážďany', 'drazdany']],
  ['leipzig', ['leipzig', 'lipsko']],
  ['vienna', ['vienna', 'wien', 'vídeň', 'viden', 'vídni', 'vidni']],
  ['rome', ['rome', 'řím']],
  ['milan', ['milan', 'mailand', 'milano', 'milán']],
  ['venice', ['venice', 'venedig', 'venezia', 'benátky', 'benatky']],
  ['florence', ['florence', 'florenz', 'firenze', 'florencie']],
  ['naples', ['naples', 'neapel', 'napoli', 'neapol']],
  ['lisbon', ['lisbon', 'lissabon', 'lisboa', 'lisabon']],
  ['warsaw', ['warsaw', 'warschau', 'warszawa', 'varšava', 'varsava']],
  ['krakow', ['krakow', 'kraków', 'cracow', 'krakau', 'krakov']],
  ['moscow', ['moscow', 'moskau', 'moskva']],
  ['kyiv', ['kyiv', 'kiev', 'kiew', 'kyjev', 'kyjevě', 'kyjeve']],
  ['belgrade', ['belgrade', 'belgrad', 'beograd', 'bělehrad', 'belehrad']],
  ['bucharest', ['bucharest', 'bukarest', 'bucurești', 'bucuresti', 'bukurešť', 'bukurest']],
  ['athens', ['athens', 'athen', 'athény', 'ateny']],
  ['brussels', ['brussels', 'brüssel', 'brussel', 'bruxelles', 'brusel']],
  ['hague', ['hague', 'den haag', 'haag']],
  ['copenhagen', ['copenhagen', 'kopenhagen', 'københavn', 'kobenhavn', 'kodaň', 'kodan']],
  ['geneva', ['geneva', 'genf', 'genève', 'geneve', 'ženeva', 'zeneva']],
  ['zurich', ['zurich', 'zürich', 'curych']],
  ['lucerne', ['lucerne', 'luzern']],
  ['bratislava', ['bratislava', 'pressburg']],
  ['paris', ['paris', 'paříž', 'pariz']],
  ['london', ['london', 'londýn', 'londyn']],
  ['berlin', ['berlin', 'berlín']],
  ['tokyo', ['tokyo', 'tokio']],
  // Rivers and mountains.
  ['rhine', ['rhine', 'rhein', 'rýn', 'ryn']],
  ['danube', ['danube', 'donau', 'dunaj']],
  ['elbe', ['elbe', 'labe']],
  ['vltava', ['vltava', 'moldau']],
  ['alps', ['alps', 'alpen', 'alpy']],
]
