/**
 * Known French renderings of English names, acronyms and capitalised words that a translation
 * does not keep as written (U.S. = États-Unis, American = américain, NATO = OTAN, London =
 * Londres, June = juin). Keys are lower-case English (phrases allowed); values are lower-case
 * French, accent-folded at match time and matched as word prefixes (`americain` covers
 * `américaines`). A small hand-made table, not a gazetteer: cognates and the lexicon do the rest.
 */
const TABLE: Readonly<Record<string, string>> = {
  // Countries, regions, cities
  'u.s.|us|usa|u.s.a.|united states|america': 'états-unis|etats-unis|amérique|américain|us|usa',
  'u.k.|uk|britain|great britain|united kingdom': 'royaume-uni|grande-bretagne|britannique|anglais',
  england: 'angleterre|anglais',
  scotland: 'écosse|écossais',
  wales: 'pays de galles|gallois',
  ireland: 'irlande|irlandais',
  germany: 'allemagne|allemand',
  spain: 'espagne|espagnol',
  italy: 'italie|italien',
  greece: 'grèce|grec',
  china: 'chine|chinois',
  japan: 'japon|japonais',
  russia: 'russie|russe',
  mexico: 'mexique|mexicain|mexico',
  brazil: 'brésil|brésilien',
  'netherlands|holland': 'pays-bas|hollande|néerlandais|hollandais',
  switzerland: 'suisse',
  sweden: 'suède|suédois',
  norway: 'norvège|norvégien',
  denmark: 'danemark|danois',
  finland: 'finlande|finlandais',
  poland: 'pologne|polonais',
  'czech republic': 'république tchèque|tchèque|tchéquie',
  hungary: 'hongrie|hongrois',
  austria: 'autriche|autrichien',
  belgium: 'belgique|belge',
  turkey: 'turquie|turc',
  iraq: 'irak|irakien',
  israel: 'israël|israélien',
  'saudi arabia': 'arabie saoudite|saoudien',
  india: 'inde|indien',
  'south africa': 'afrique du sud|sud-africain',
  australia: 'australie|australien',
  korea: 'corée|coréen',
  'north korea': 'corée du nord|nord-coréen',
  'south korea': 'corée du sud|sud-coréen',
  europe: 'europe|européen',
  africa: 'afrique|africain',
  asia: 'asie|asiatique',
  'latin america': 'amérique latine',
  'middle east': 'moyen-orient|proche-orient',
  mediterranean: 'méditerranée|méditerranéen',
  london: 'londres',
  moscow: 'moscou',
  beijing: 'pékin|beijing',
  brussels: 'bruxelles',
  geneva: 'genève',
  vienna: 'vienne',
  athens: 'athènes',
  lisbon: 'lisbonne',
  warsaw: 'varsovie',
  copenhagen: 'copenhague',
  'the hague|hague': 'la haye',
  mainz: 'mayence',
  aachen: 'aix-la-chapelle',
  beirut: 'beyrouth',
  leuven: 'louvain',
  'krakow|kraków|cracow': 'cracovie',
  gothenburg: 'göteborg|goteborg',
  'west bank': 'cisjordanie',
  'channel islands': 'îles anglo-normandes|anglo-normand',
  'english channel|channel': 'manche',
  'lake geneva': 'léman',
  normandy: 'normandie|normand',
  edinburgh: 'édimbourg',
  venice: 'venise',
  florence: 'florence',
  munich: 'munich',
  cologne: 'cologne',
  'new orleans': 'nouvelle-orléans',
  california: 'californie|californien',
  florida: 'floride',
  louisiana: 'louisiane',
  virginia: 'virginie',
  pennsylvania: 'pennsylvanie',
  carolina: 'caroline',
  georgia: 'géorgie|géorgien',
  'new mexico': 'nouveau-mexique',
  'new zealand': 'nouvelle-zélande',
  cyprus: 'chypre|chypriote',
  crete: 'crète',
  sicily: 'sicile',
  bavaria: 'bavière',
  prague: 'prague',
  // Former names French news keeps (Mumbai = Bombay), and French forms of other countries' names
  mumbai: 'bombay|mumbai',
  kolkata: 'calcutta|kolkata',
  chennai: 'madras|chennai',
  'kyiv|kiev': 'kiev|kyiv',
  'myanmar|burma': 'birmanie|birman|myanmar',
  'ivory coast': 'côte d ivoire|ivoirien',
  // Nationalities and beliefs (French writes them in lower case as adjectives)
  american: 'américain|états-unien',
  americans: 'américain',
  british: 'britannique|anglais',
  english: 'anglais|anglophone',
  french: 'français|francophone',
  german: 'allemand',
  spanish: 'espagnol',
  italian: 'italien',
  greek: 'grec',
  chinese: 'chinois',
  japanese: 'japonais',
  russian: 'russe',
  dutch: 'néerlandais|hollandais',
  swiss: 'suisse',
  swedish: 'suédois',
  polish: 'polonais',
  czech: 'tchèque|tchéquie',
  czechs: 'tchèque',
  hungarian: 'hongrois',
  austrian: 'autrichien',
  belgian: 'belge',
  irish: 'irlandais',
  scottish: 'écossais',
  welsh: 'gallois',
  turkish: 'turc',
  israeli: 'israélien',
  arab: 'arabe',
  saudi: 'saoudien',
  korean: 'coréen',
  mexican: 'mexicain',
  brazilian: 'brésilien',
  canadian: 'canadien',
  australian: 'australien',
  european: 'européen',
  african: 'africain',
  asian: 'asiatique',
  muslim: 'musulman',
  muslims: 'musulman',
  christian: 'chrétien',
  jewish: 'juif',
  jews: 'juif',
  catholic: 'catholique',
  spaniards: 'espagnol',
  brits: 'britannique',
  scots: 'écossais',
  // Institutions and acronyms
  'u.n.|un|united nations': 'onu|nations unies|nations-unies',
  nato: 'otan',
  'eu|european union': 'ue|union européenne',
  who: 'oms',
  imf: 'fmi',
  ecb: 'bce',
  gdp: 'pib',
  'ceo|chief executive': 'pdg|directeur général|patron|président',
  aids: 'sida',
  hiv: 'vih',
  dna: 'adn',
  wto: 'omc',
  oecd: 'ocde',
  opec: 'opep',
  ngo: 'ong',
  ngos: 'ong',
  mp: 'député',
  mps: 'députés',
  pm: 'premier ministre',
  tv: 'télé|tv',
  it: 'informatique',
  ai: 'ia|intelligence artificielle',
  'white house': 'maison blanche|maison-blanche',
  pentagon: 'pentagone',
  congress: 'congrès',
  senate: 'sénat',
  'house of representatives': 'chambre des représentants',
  'supreme court': 'cour suprême',
  'federal reserve|fed': 'réserve fédérale|fed',
  treasury: 'trésor',
  parliament: 'parlement',
  commons: 'communes',
  labour: 'travailliste',
  'tory|tories|conservatives': 'conservateur|tory|tories',
  democrats: 'démocrate',
  democrat: 'démocrate',
  democratic: 'démocrate',
  republicans: 'républicain',
  republican: 'républicain',
  gop: 'républicain',
  'homeland security': 'sécurité intérieure',
  christmas: 'noël',
  easter: 'pâques',
  pope: 'pape',
  god: 'dieu',
  olympics: 'olympique|jeux',
  'world cup': 'coupe du monde|mondial',
  'champions league': 'ligue des champions',
  vatican: 'vatican',
  kremlin: 'kremlin',
  holocaust: 'holocauste|shoah',
  'cold war': 'guerre froide',
  'world war': 'guerre mondiale|grande guerre',
  'gdr|east germany': 'rda|allemagne de l est',
  bohemia: 'bohême|tchéquie',
  'state department': 'département d état',
  'foreign office': 'affaires étrangères',
  // Titles before a name (Miss Wyatt = Mlle Wyatt); `Mr`, `Mrs`, `Ms` are never names.
  miss: 'mlle|mademoiselle|miss|mme|madame',
  // Months and days
  january: 'janvier',
  february: 'février',
  march: 'mars',
  april: 'avril',
  may: 'mai',
  june: 'juin',
  july: 'juillet',
  august: 'août',
  september: 'septembre',
  october: 'octobre',
  november: 'novembre',
  december: 'décembre',
  monday: 'lundi',
  tuesday: 'mardi',
  wednesday: 'mercredi',
  thursday: 'jeudi',
  friday: 'vendredi',
  saturday: 'samedi',
  sunday: 'dimanche',
};

/** English name (lower case) → French renderings (lower case). */
export const NAME_RENDERINGS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(TABLE).flatMap(([keys, values]) => {
    const renderings = values.split('|');
    return keys.split('|').map((k) => [k, renderings] as const);
  }),
);

/**
 * Capitalised English words that name an office or an institution rather than a person or a
 * brand: translated as common nouns on purpose (`Mayor` → `maire`), never a name-translated error.
 */
export const INSTITUTIONAL_WORDS: ReadonlySet<string> = new Set(
  (
    'mayor governor president senator minister secretary chancellor judge justice king queen prince princess ' +
    'pope general colonel captain sergeant officer police department ministry court house party church state ' +
    'states city university college school council committee army navy commission agency bank parliament ' +
    'congress senate government union federal national republic kingdom empire office board street avenue ' +
    'square bridge river lake mountain island north south east west central new old great saint prime chief ' +
    'director chairman professor doctor mister lord lady sir bishop father brother sister cup league ' +
    'championship open games prize award museum hospital airport station center centre institute foundation ' +
    'association organization organisation company group corporation club team left right war gulf bear ' +
    'safety security rights peace revolution hurricane storm typhoon cyclone tornado mount cape bay sea ' +
    'ocean forest desert valley canal'
  ).split(' '),
);

/** Months and week days, with their abbreviations (English): translated, not names. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  (
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december'
  ).split(' '),
);

/**
 * Words a translation may drop or merge without losing a name: demonyms (Swiss, Czech),
 * week days and months (the numbers rule checks dates), and acronyms of common nouns (CEO, TV).
 * They count only when another name took their place.
 */
export const LENIENT_NAMES: ReadonlySet<string> = new Set(
  (
    'american americans british english french german spanish italian greek chinese japanese russian dutch ' +
    'swiss swedish polish czech czechs hungarian austrian belgian irish scottish welsh turkish israeli arab ' +
    'saudi korean mexican brazilian canadian australian european african asian muslim muslims christian ' +
    'jewish jews catholic spaniards brits scots yugoslavian soviet western eastern northern southern ' +
    'norwegian danish finnish portuguese romanian bulgarian ukrainian serbian croatian syrian iranian iraqi ' +
    'afghan pakistani egyptian libyan palestinian lebanese cuban venezuelan colombian argentine chilean ' +
    'peruvian nigerian kenyan moroccan algerian tunisian indonesian vietnamese thai filipino taiwanese ' +
    'catalan basque flemish bavarian texan californian moslem moslems frenchmen latino hispanic rican ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december ' +
    'ceo ceos cfo coo cto tv ufo gdp pc dj dna aids hiv it ai pr hr vip suv atm iq id ok am pm cz mp mps'
  ).split(' '),
);
