"""English: the words the matcher and the figure parser read.

Everything here is data; the pipeline (``geoclaims.text.mentions``, ``.claims``) never names
a language. A new language is a new module next to this one with the same names (any it
lacks count as empty) and an entry in :data:`geoclaims.text.lang.LANGUAGES`.
"""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    """The whitespace-separated words of a block of text."""
    return frozenset(block.split())


# --- place names that are something else ---------------------------------------------------

# Names that are everyday English words: never matched bare, only with a suffix word
# ("Central Region") or a city cue ("the city of Reading"). Built from the intersection
# of the gazetteer's keys with an English word list, minus places that dominate the word
# (Shanghai, Bologna, Astrakhan, ...).
COMMON_WORDS = _words(
    """
    acacias acre act agar airport alabaster ales alliance aloha along altos ampere
    anew angers annex antelope anthem antique apace apes apex arbutus archway ascension
    ascot auburn awash bade badger bah bake bale balsas banes bani bank banning bar
    barking bath baud bay bear begun bell bend best bet billings bimbo bled bole
    bong bonito bonny boo boom borne boulder bountiful bow bra brad bras bray brick
    brusque buckeye bury bush butte butterfly buy cabanas cad cairns can canning canton
    capital car carpi cascade cassia cassino cat cayenne centennial central centurion
    chandler chaparral chili chin chino city clay cloverleaf coast cocoa cognac coin
    colon columbine come commonwealth concord confederation converse corona cove crystal
    cypress date dauphin davenport deal debar debark defiance delta dig dire dole dome
    dour down drama dyer eagle east eastern emirates emporia encamp enterprise erode est
    eureka evergreen falcon fate federal felling fiche fiddlesticks fife first fishers
    flagstaff fleet flint flora florin fords forest fountain free gap garland garner gay
    gent god goes golden gondola gore grad grapevine grays green grenade griffin groves
    gulf ha hackney hail hale harrow hawthorn hays hem hermitage hexing hickory highland
    hillside hims hire hit ho holiday homburg homestead honcho hook horde horn hove hub
    hue hull humble hurricane imperial independence island islands jam jasper jingling
    karakul keystone lakes lancing lander largo lattes laurel leek leer lend lens
    liberal liberty lice linden lira lisle littoral lop lot luau magenta maidenhead male
    man manage manga mango manly mantilla maracas march margarita marina maritime marks
    martin mascara mascot mason mayo medias mentor meridian mesa mesquite meta metro
    midland midlands midstream midway mile mine mission mobile mocha mono moron moss
    most mountain much mustang natal neath nice nip no nodes normal north northeastern
    northern ocher ode of officer ogre opportunity oral orange orchards oriental
    overland pa pace paisley panorama papa papaya paradise paramount pare parole pearl
    peer pen pest pinto piranhas pita plantation plaque plateau plateaux plum plunge poi
    police pool pop portage posse pout prosper providence pueblo puma punch quarto
    queens quiche reading region republic reservoir retreat reunion revere rho rich
    rivers riverside rogers roman roses rouge rugby ruse rye saga sake saki sale salt
    samba same sandy sari savage save say seaside sedan semi shaping shone shoreline
    shush sides silvan sim simmering sire slough smith snares south southeastern
    southern sparks split spore spring springs stains sterling stoke store stow sue
    suede sulphur summit sunrise sunset superior surprise swains swords sycamore tamale
    tame tank tartar temple tequila terrace than time tire to tome tooting torrent tours
    tubas tucker tulle union unity university upland uptown valence valley van var vicar
    vineyard vise vista wadi wake walker walnut warder ware warren wedding weir welling
    west westerly western wetter wheeling wight woodland woodlands worms wright yap ye
    yoga young
    """
)

# Names that are not English words but, bare, mostly mean something else in English
# text: "Nord Stream", the cruiser "Moskva" (English writes Moscow), "the Centre for ...".
NEEDS_CUE = COMMON_WORDS | {"nord", "moskva", "centre", "center"}

# Place names that are also common first names or surnames. Bare, they are dropped when a
# capitalised word that is not a place follows ("Victoria Nuland", "Georgia Tech") or
# precedes ("Michael Jordan", "Queen Victoria", "Lake Victoria").
PERSON_NAMES = _words(
    """
    adelaide alexandria alice asia aurora austin brooklyn camden carolina chad charlotte
    chelsea clifton cordoba dakota dallas darwin douglas elizabeth eugene florence
    florida georgia hamilton houston indiana israel jackson jersey jordan kansas kent
    laval lawrence leon lincoln lorraine lowell madison marion mercedes milton montana
    nancy nelson nevada orlando paris phoenix pierre preston regina salvador santiago
    savannah sofia sophia stanley sydney troy valencia victoria virginia washington
    wellington vladimir kirov khmelnytsky khmelnytskyi franklin jefferson monroe
    lafayette cleveland columbus marshall albert kerry
    """
)
TITLE_WORDS = (
    r"mr|mrs|ms|miss|dr|prof|sir|lady|queen|king|prince|princess|saint|st|lake|mount|fort|"
    r"cape|president|senator|sen|rep|judge|coach|general|gen|captain|capt|gov|governor|"
    r"minister|sea|gulf|"
    # football clubs: "Shakhtar Donetsk", "Dynamo Kyiv", "Real Madrid"
    r"real|dynamo|dinamo|shakhtar|zorya|spartak|zenit|lokomotiv|cska|atletico|olympique|"
    r"sporting|inter|fc|ac"
)
FUNCTION_WORDS = _words(
    """
    a an the in on at of from to for and or but by with near across over into inside
    outside northern southern eastern western central north south east west upper lower
    greater new old occupied liberated annexed neighbouring neighboring when while as if
    after before since until during about around says said visit visited then meanwhile
    both neither however although though because today yesterday
    did does do has have had is was were will would can could should may might must shall
    how why what where which who whether
    """
)
# Capitalised words after a place that is also a first name that keep it a place.
OFFICE_WORDS = _words(
    """
    king queen president prime premier foreign defence defense army armed government
    parliament capital ambassador embassy minister ministry governor senate supreme
    national state border military navy interior leader ruling opposition region oblast
    province city mayor
    """
)

#: Short and formal country names the name tables lack ("the U.S.", "Türkiye"). Names in
#: capitals are acronyms and must be written in capitals.
FORMAL_COUNTRY_NAMES = (
    ("US", "USA"), ("U.S.", "USA"), ("U.S.A.", "USA"), ("UAE", "ARE"), ("U.A.E.", "ARE"),
    ("Türkiye", "TUR"), ("Turkiye", "TUR"), ("DRC", "COD"), ("PRC", "CHN"), ("ROK", "KOR"),
    ("DPRK", "PRK"), ("Czechia", "CZE"), ("Eswatini", "SWZ"), ("North Macedonia", "MKD"),
    ("Somali Republic", "SOM"),
    # Serbia's name of Kosovo, its autonomous province RS-KM, which is Kosovo here
    ("Kosovo and Metohija", "XKX"), ("Kosovo-Metohija", "XKX"),
    ("Autonomous Province of Kosovo and Metohija", "XKX"),
)  # fmt: skip

#: Words that make up generic unit names ("Capital Territory", "Federal District",
#: "Distrito Federal"): a name of only these words is found only when its country is
#: already in the document's context, never in another country's text.
GENERIC_UNIT_WORDS = _words(
    """
    capital federal national territory territories district distrito capitale capital
    special administrative city region the of de del do da area zone metropolitan
    autonomous
    """
)
#: Compass words, which with those make names that several countries' units bear ("North",
#: "Southern Province", "South West"): such a name is found only in its country's text.
COMPASS_UNIT_WORDS = _words(
    """
    north south east west northern southern eastern western central centre center
    northeast northwest southeast southwest north-east north-west south-east south-west
    province provinces
    """
)
#: Names of the named areas (ids as in the boundaries data's areas table, without
#: "area:"), beside those the data ships.
AREA_NAMES = (
    ("kuril-islands", "Southern Kurils"), ("kuril-islands", "South Kurils"),
    ("nagorno-karabakh", "Karabakh"),
    # the former federation by its official name
    ("yugoslavia", "Socialist Federal Republic of Yugoslavia"), ("yugoslavia", "SFR Yugoslavia"),
)  # fmt: skip
#: Landform nouns after a unit's name or adjective that still name the unit ("the Crimean
#: peninsula").
LANDFORMS = ("peninsula",)

#: Abbreviations of US states and Canadian provinces after a town and a comma, by ISO
#: 3166-2 code: the Associated Press's ("ATHENS, Ga.", "Lebanon, Pa.") and the postal
#: codes, in capitals ("Odessa, TX"). Read only in that place, never as names elsewhere.
#: (Washington, D.C. is a name of its own.)
STATE_ABBREVIATIONS = {
    "US-AL": ("Ala.",), "US-AZ": ("Ariz.",), "US-AR": ("Ark.",), "US-CA": ("Calif.",),
    "US-CO": ("Colo.",), "US-CT": ("Conn.",), "US-DE": ("Del.",),
    "US-FL": ("Fla.",), "US-GA": ("Ga.",), "US-IL": ("Ill.",), "US-IN": ("Ind.",),
    "US-KS": ("Kan.", "Kans."), "US-KY": ("Ky.",), "US-LA": ("La.",), "US-MD": ("Md.",),
    "US-MA": ("Mass.",), "US-MI": ("Mich.",), "US-MN": ("Minn.",), "US-MS": ("Miss.",),
    "US-MO": ("Mo.",), "US-MT": ("Mont.",), "US-NE": ("Neb.", "Nebr."), "US-NV": ("Nev.",),
    "US-NH": ("N.H.",), "US-NJ": ("N.J.",), "US-NM": ("N.M.",), "US-NY": ("N.Y.",),
    "US-NC": ("N.C.",), "US-ND": ("N.D.",), "US-OK": ("Okla.",), "US-OR": ("Ore.", "Oreg."),
    "US-PA": ("Pa.", "Penn."), "US-RI": ("R.I.",), "US-SC": ("S.C.",), "US-SD": ("S.D.",),
    "US-TN": ("Tenn.",), "US-TX": ("Tex.",), "US-VT": ("Vt.",), "US-VA": ("Va.",),
    "US-WA": ("Wash.",), "US-WV": ("W.Va.", "W. Va."), "US-WI": ("Wis.", "Wisc."),
    "US-WY": ("Wyo.",),
    "CA-AB": ("Alta.",), "CA-BC": ("B.C.",), "CA-MB": ("Man.",), "CA-NB": ("N.B.",),
    "CA-NL": ("Nfld.",), "CA-NS": ("N.S.",), "CA-ON": ("Ont.",), "CA-PE": ("P.E.I.",),
    "CA-QC": ("Que.",), "CA-SK": ("Sask.",),
}  # fmt: skip
#: The countries whose ISO 3166-2 codes' second part is the postal code of the unit.
POSTAL_CODE_COUNTRIES = ("US", "CA")


def adjectives(name: str) -> tuple[str, ...]:
    """English adjectives made from a lower-case place name: Crimea -> Crimean."""
    if name.endswith("a") and len(name) > 3:
        return (name + "n",)
    return ()


# --- figures ------------------------------------------------------------------------------

#: Qualifier phrases, by the normalised qualifier a Claim carries.
QUALIFIERS = {
    "nearly": ("nearly", "almost", "close to", "just shy of", "not quite",
               "nigh on", "approaching", "nearing"),
    "about": ("about", "around", "roughly", "approximately", "approx.", "some", "circa", "ca.",
              "c.", "an estimated", "estimated at", "estimated", "~", "an approximate",
              "approximate", "perhaps", "maybe", "possibly", "closer to", "nearer to",
              # "peaked near 27% that March"
              "near",
              "something like", "≈", "more or less"),
    "more_than": ("more than", "over", "above", "in excess of", "upwards of", "exceeding",
                  "exceeds", "exceeded", "tops", "topped",
                  "just over", "greater than", "just above", "slightly more than",
                  # (far beyond the figure: check reads them so)
                  "well over", "well above", "well in excess of", "far more than", "north of",
                  "much more than", "considerably more than", "significantly more than",
                  "a little over", "a little more than", "slightly over", "a bit over",
                  "larger than", "bigger than", ">"),
    "less_than": ("less than", "under", "below", "fewer than", "just below", "just under",
                  "a little under", "well under", "well below", "far less than",
                  "much less than", "considerably less than", "significantly less than",
                  "smaller than", "<",
                  "a little less than", "slightly less than", "slightly under"),
    "at_least": ("at least", "no less than", "not less than", "a minimum of"),
    "up_to": ("up to", "as much as", "as many as", "a maximum of", "at most", "no more than",
              "not more than", "as high as", "as large as", "does not exceed",
              "do not exceed", "could reach", "may reach", "might reach",
              # "the bridgehead never exceeded 10 sq km": at most
              "never exceeded", "never exceeds", "did not exceed", "has not exceeded",
              "had not exceeded", "never topped", "never went beyond"),
    "exactly": ("exactly", "precisely"),
}  # fmt: skip
#: Number words: value of each.
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
#: Tens that take a unit after a space or hyphen ("twenty-five").
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
#: Magnitude words after a number, as regex fragments: multiplier.
MAGNITUDES = {
    r"thousand": 1e3, r"million": 1e6, r"billion": 1e9, r"half\s+a\s+million": 5e5,
    # "a quarter million hectares", "three quarters of a million", "half a thousand"
    r"quarter(?:\s+of\s+a)?\s+million": 2.5e5, r"third\s+of\s+a\s+million": 1e6 / 3,
    r"three[\s-]quarters\s+of\s+a\s+million": 7.5e5,
    r"two[\s-]thirds\s+of\s+a\s+million": 2e6 / 3, r"half\s+a\s+thousand": 500.0,
    r"bn(?=\s*(?:km|sq\b|square|hectares?\b|ha\b))": 1e9,
    # Indian English: "2.22 lakh sq km", "a crore"
    r"lakhs?": 1e5, r"crores?": 1e7,
    # "1.66m km²", "4.4k km²": abbreviations, only before an area's unit
    # ("2.7m hectares")
    r"m(?=\s*(?:km|sq\b|square|hectares?\b|ha\b))": 1e6,
    r"k(?=\s*(?:km|sq\b|square|hectares?\b|ha\b))": 1e3,
}
#: Fraction words (regex fragments, matched whole) and their value in per cent. English
#: fractions count only before "of" (FRACTIONS_NEED_OF).
FRACTIONS = {
    "half|halves": 50.0, "thirds?": 100 / 3, "quarters?": 25.0, "fourths?": 25.0, "fifths?": 20.0,
    "sixths?": 100 / 6, "sevenths?": 100 / 7, "eighths?": 12.5, "ninths?": 100 / 9,
    "tenths?": 10.0, "twentieths?": 5.0,
}  # fmt: skip
FRACTIONS_NEED_OF = True
#: Numerators before a fraction word ("two-thirds").
NUMERATORS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
#: Words that open a range ("between 17 and 19 per cent") and join its ends.
RANGE_OPENERS = ("between", "from")
RANGE_JOINERS = ("to", "and", r"up\s+to")  # "from 15% up to 18%"
#: Units, as regex fragments.
PERCENT = (r"per[\s-]?cent", r"percent", r"pct", r"pc")  # "20pc", as British headlines write it
KM2 = (
    # ("sq kms", Reuters' "square km")
    r"sq\.?[\s-]*kms?\.?", r"square[\s-]+kilomet(?:re|er)s?",
    r"sq\.?\s+kilomet(?:re|er)s?",
    r"square[\s-]+kms?(?!\w)", r"kilomet(?:re|er)s?\s+squared",
)  # fmt: skip
MI2 = (r"sq\.?[\s-]*mi(?:les?)?\.?", r"square[\s-]+miles?")
HA = (r"hectares?", r"ha")
#: Acres and square metres (US and UK farmland, small plots): read, and converted to km².
ACRE = (r"acres?",)
M2 = (r"square[\s-]+met(?:re|er)s?", r"sq\.?\s*m(?![\w.])", r"m²", r"m2(?!\w)")
#: "of" before a figure's target.
OF_WORDS = ("of",)
#: Words for territory after "of" ("of its territory").
TERRITORY = ("territory", "territories", "land", "lands", "landmass", "farmland", "soil", "area",
             "surface", "countryside", "ground")  # fmt: skip
#: Words after a share that make it a share of people, not of land ("54% of Ukrainians",
#: "38% who would not cede").
NOT_TERRITORIAL_AFTER = (
    r"who", r"of\s+(?:those|adults|citizens)",
    # capacity and output, not land: "over 40% of its steel capacity"
    r"of\s+(?:its\s+|the\s+country's\s+|\w+'s\s+)?(?:[a-z-]+\s+)?(?:capacity|output|"
    r"production|exports|imports|trade|gdp|economy|electricity|power|oil|gas|coal|wheat|grain|"
    r"reserves)\b",
)  # fmt: skip
#: Adjectives of countries ("of Ukrainian territory").
DEMONYMS = {
    "kashmiri": "area:kashmir",  # "the disputed Kashmiri lands"
    "ukrainian": "UKR",
    "russian": "RUS",
    "georgian": "GEO",
    "moldovan": "MDA",
    "azerbaijani": "AZE",
    "armenian": "ARM",
    "belarusian": "BLR",
    "syrian": "SYR",
    "israeli": "ISR",
    "palestinian": "PSE",
    "serbian": "SRB",
    "chinese": "CHN",
    "indian": "IND",
    "pakistani": "PAK",
    "turkish": "TUR",
    "iraqi": "IRQ",
    "polish": "POL",
    "finnish": "FIN",
    "estonian": "EST",
    "latvian": "LVA",
    "lithuanian": "LTU",
    "kazakh": "KAZ",
    "sudanese": "SDN",
    "somali": "SOM",
    "cypriot": "CYP",
    "american": "USA", "british": "GBR", "french": "FRA", "german": "DEU", "dutch": "NLD",
    "belgian": "BEL", "spanish": "ESP", "italian": "ITA", "portuguese": "PRT", "swiss": "CHE",
    "austrian": "AUT", "greek": "GRC", "romanian": "ROU", "hungarian": "HUN",
    "bulgarian": "BGR", "czech": "CZE", "slovak": "SVK", "bosnian": "BIH", "croatian": "HRV",
    "kosovar": "XKX", "albanian": "ALB", "macedonian": "MKD", "montenegrin": "MNE",
    "iranian": "IRN", "afghan": "AFG", "saudi": "SAU", "yemeni": "YEM", "lebanese": "LBN",
    "jordanian": "JOR", "egyptian": "EGY", "libyan": "LBY", "moroccan": "MAR",
    "algerian": "DZA", "ethiopian": "ETH", "eritrean": "ERI", "nigerian": "NGA",
    "nigerien": "NER", "malian": "MLI", "chadian": "TCD", "kenyan": "KEN",
    "venezuelan": "VEN", "guyanese": "GUY", "argentine": "ARG", "argentinian": "ARG",
    "brazilian": "BRA", "mexican": "MEX", "colombian": "COL", "chilean": "CHL",
    "canadian": "CAN", "australian": "AUS", "japanese": "JPN", "taiwanese": "TWN",
    "filipino": "PHL", "indonesian": "IDN", "burmese": "MMR", "bangladeshi": "BGD",
    "nepali": "NPL", "tajik": "TJK", "kyrgyz": "KGZ", "uzbek": "UZB",
    # "Congolese" is the DR Congo's in the news (the Republic of the Congo is rarer)
    "congolese": "COD", "cameroonian": "CMR", "angolan": "AGO", "senegalese": "SEN",
    "burkinabe": "BFA", "rwandan": "RWA", "ugandan": "UGA", "tanzanian": "TZA",
    "mozambican": "MOZ", "bolivian": "BOL", "peruvian": "PER", "guatemalan": "GTM",
    "belizean": "BLZ", "thai": "THA", "vietnamese": "VNM", "cambodian": "KHM",
    "tunisian": "TUN", "mauritanian": "MRT", "nicaraguan": "NIC", "ecuadorian": "ECU",
}  # fmt: skip

# --- dates --------------------------------------------------------------------------------

#: Month names and abbreviations, by month number.
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

# --- capitals standing for governments (metonyms) -------------------------------------------

#: Verbs (regex fragments, lower case) whose subject, when a capital, is its government:
#: "Kyiv rejected the proposal", "Moscow insists", "Beijing has warned".
METONYM_VERBS = (
    r"sa(?:y|ys|id)", r"insist\w*", r"reject\w*", r"dismiss\w*", r"den(?:y|ies|ied)",
    r"warn\w*", r"accus\w*", r"claim\w*", r"announc\w*", r"agree\w*", r"demand\w*",
    r"refus\w*", r"respond\w*", r"condemn\w*", r"protest\w*", r"wants?", r"urg\w*",
    r"call(?:s|ed)?", r"vow\w*", r"threaten\w*", r"seeks?", r"sought", r"hop(?:es|ed)",
    r"argu\w*", r"maintain\w*", r"consider\w*", r"regard\w*", r"recogni[sz]\w*",
    r"accept\w*", r"propos\w*", r"offer\w*", r"retaliat\w*", r"sanction\w*", r"expel\w*",
    r"summon\w*", r"decid\w*", r"plan(?:s|ned)?", r"intend\w*", r"stress\w*", r"signal\w*",
    r"views?", r"viewed", r"sees", r"saw", r"believ\w*", r"push\w*", r"press(?:es|ed)",
    r"back(?:s|ed)", r"support\w*", r"oppos\w*", r"object\w*", r"counter\w*", r"suspend\w*",
    r"annex\w*", r"order\w*", r"sen[dt]s?", r"launch\w*", r"blam\w*", r"negotiat\w*",
    r"signed", r"signs", r"ratif\w*", r"withdr[ae]w\w*", r"traded", r"responded",
    r"acknowledg\w*", r"admitt?\w*", r"boycott\w*", r"appeal\w*", r"lodg\w*",
    r"regains?", r"regained", r"retook", r"recaptur\w*", r"lost", r"controls", r"controlled",
    r"administers", r"administered", r"occup(?:ies|ied)", r"holds", r"held", r"took",
    r"considers", r"responds", r"counts", r"describes", r"described", r"dismisses",
    r"demands", r"regards", r"calls", r"treats", r"treated", r"disputes", r"disputed",
    r"contests", r"contested", r"rules", r"ruled", r"governs", r"governed",
    r"disagree\w*", r"clash\w*", r"welcom\w*", r"criticis\w*", r"criticiz\w*", r"hail\w*",
    r"mediat\w*", r"exchang\w*",
    r"remains?\s+(?:\w+ly\s+)?(?:far\s+apart|opposed|committed|adamant|wary|sceptical)",
    r"reached", r"struck", r"broke\s+off", r"cut\s+(?:off\s+)?ties", r"insists",
    r"takes", r"continues", r"complains", r"reacts", r"asks", r"hosts", r"expects",
    r"fears", r"faces", r"needs", r"uses", r"keeps", r"deploys", r"imposes", r"builds",
    r"controls?", r"recalled", r"threatens", r"walked\s+out", r"pulled\s+out",
    r"estimat\w*", r"puts", r"cites", r"insisted", r"repeated", r"repeats", r"pledg\w*",
    r"promis\w*", r"says", r"reiterat\w*", r"signal\w*", r"vetoed", r"vetoes",
    # "a ceasefire would leave Moscow holding a fifth of Ukraine"
    r"holding", r"controlling",
    # "leaving Moscow in control of roughly 70% of Kherson region", "Kyiv in charge of"
    r"in\s+(?:full\s+|effective\s+|de\s+facto\s+)?(?:control|charge|possession)\s+of",
    r"runs",  # "the islands Moscow runs as part of Sakhalin region"
)  # fmt: skip
#: Words that may stand between such a capital and its verb ("Moscow has long insisted").
METONYM_AUX = (
    "has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should",
    "is", "was", "did", "does", "also", "long", "still", "now", "then", "later", "quickly",
    "swiftly", "immediately", "repeatedly", "officially", "formally", "firmly", "not",
    "never", "always", "itself", "again", "publicly", "already", "effectively",
    "cannot", "can't", "won't", "doesn't", "didn't", "don't", "wouldn't", "couldn't",
    "shouldn't", "do", "no", "longer", "yet", "reportedly", "had", "clearly", "to", "have",
    "both", "only", "too", "instead", "openly", "privately", "quietly", "first",
)  # fmt: skip
#: Past forms after which a capital is the place, not its government ("Kyiv suffered
#: blackouts").
METONYM_NOT_PAST = (
    "suffered", "experienced", "witnessed", "endured", "remained", "stayed", "flooded",
    "burned", "shivered", "celebrated", "mourned", "based", "bound", "shaped", "located",
    "situated", "centred", "centered", "headquartered", "named", "called",
    # "Kyiv used to be", "Moscow, used as a base", not "Baku long used the figure"
    r"used\s+(?:to|as|by)",
)  # fmt: skip
#: Modal and do-support verbs: a capital before one of them, then any verb, is an agent and
#: so its government ("Moscow does not control", "Kyiv cannot give up land", "Baku will
#: sign"), unless the verb is "be" ("Kyiv could be hit" is the place).
METONYM_MODALS = (
    "will", "would", "can", "cannot", "can't", "could", "couldn't", "must", "should",
    "shouldn't", "may", "might", "does", "did", "do", "doesn't", "didn't", "don't", "won't",
    "wouldn't",
)  # fmt: skip
#: Nouns after a capital's possessive that make it the government ("Moscow's annexation").
METONYM_POSSESSED = (
    r"annexation", r"invasion", r"forces", r"troops", r"army", r"military", r"government",
    r"position", r"decision", r"claims?", r"demands?", r"refusal", r"response", r"offensive",
    r"war", r"policy", r"officials", r"envoys?", r"ambassador", r"allies", r"ally",
    r"backing", r"support", r"control", r"recognition", r"occupation", r"proxies", r"regime",
    r"leadership", r"negotiators", r"diplomats", r"stance", r"proposal", r"aggression",
    r"assault", r"rule", r"sovereignty", r"withdrawal", r"bid", r"veto", r"insistence",
    r"view", r"argument", r"objections?", r"protests?", r"plans?", r"attempts?", r"efforts?",
    r"approach", r"sanctions", r"administration", r"authority", r"authorities", r"grip",
    r"hold", r"seizure", r"deal", r"terms", r"line", r"red\s+lines?", r"narrative",
    r"ambitions", r"interests?", r"counteroffensive", r"campaign", r"partners?",
    r"call", r"calls", r"requests?", r"chief", r"ministry", r"intelligence", r"spokes\w+",
    r"agenc(?:y|ies)", r"services?",
    r"delegation", r"representatives?", r"investments?", r"gains", r"missiles?", r"drones?",
    r"warplanes", r"jets", r"navy", r"security", r"diplomacy", r"leaders?", r"ultimatum",
    r"pressure", r"aid", r"coast\s+guard",
)  # fmt: skip
#: Nouns after a capital's possessive that keep it the place ("Kyiv's streets", "Moscow's
#: mayor"). After its possessive, a capital is its government unless a capitalised name
#: (a place inside it: "Kyiv's Podil") or one of these follows.
METONYM_PLACE_POSSESSED = frozenset(
    """
    streets street residents resident mayor mayors metro subway underground suburbs suburb
    outskirts centre center city old historic population people citizens inhabitants
    skyline hospitals hospital schools districts district neighbourhoods neighborhoods
    buildings homes apartment apartments power water heating infrastructure railway
    station stations main central squares square parks cafes restaurants theatres
    university universities zoo river embankment bridges markets shops port harbour
    harbor airport airports east west north south eastern western northern southern left
    right downtown region oblast province hotels cathedral churches landmarks nightlife
    traffic sky skies environs surroundings air heat winter summer streetscape football
    club clubs team fans stadium mosques synagogues museums museum boulevards avenues
    quarter quarters bay waterfront beaches beach tallest largest biggest oldest
    famous ancient medieval first best dense rush morning evening night nights children
    building
    """.split()  # noqa: SIM905
)
#: Adjectives among those: the noun after them decides ("Moscow's biggest stadium" is the
#: place, "Moscow's biggest gain" the government).
METONYM_PLACE_ADJECTIVES = frozenset(
    """
    tallest largest biggest oldest famous ancient medieval first best dense
    """.split()  # noqa: SIM905
)
#: Words before a capital that make it the government ("accused Moscow", "talks between").
#: Words before "from" or "to" that make the capital after them a place: movement ("flew
#: to Kyiv", "the road from Kyiv"; a distance, "50 km from Moscow", is a city cue anyway).
METONYM_MOVEMENT = (
    r"fl(?:y|ew|ies|ying|own|ights?)", r"travel\w*", r"trips?", r"journey\w*", r"visit\w*",
    r"return\w*", r"came", r"come\w*", r"went", r"go(?:es|ing|ne)?", r"mov\w*", r"arriv\w*",
    r"dr(?:ive|ove|iving|iven)", r"march\w*", r"advanc\w*", r"withdr\w*", r"retreat\w*",
    r"evacuat\w*", r"road", r"roads", r"highway", r"route", r"trains?", r"rail\w*", r"way",
    r"away", r"home", r"back", r"fled", r"flee\w*",
    r"deport\w*", r"sent", r"brought", r"bus\w*", r"convoys?", r"corridor", r"relocat\w*",
    r"closer", r"nearer", r"en\s+route", r"headed",
    r"heading", r"push\w*", r"path", r"recall\w*", r"expell?\w*",
    # People from a place: "officials from Tbilisi promoted wine".
    r"officials", r"delegat\w*", r"residents?", r"people", r"visitors?", r"refugees?",
    r"journalists?", r"students?", r"tourists?", r"volunteers?",
)  # fmt: skip
#: Verbs before a capital that act on the place ("missiles hit Kyiv", "troops entered
#: Baghdad"): it stays a place.
PLACE_VERBS_BEFORE = (
    r"hit", r"hits", r"struck", r"strikes?\s+on", r"strike", r"shell\w*", r"attack\w*",
    r"target\w*", r"bomb\w*", r"seiz\w*", r"captur\w*", r"retak\w*", r"retook", r"encircl\w*",
    r"besieg\w*", r"surround\w*", r"entered", r"enter", r"reach\w*", r"approach\w*",
    r"defend\w*", r"liberat\w*", r"occup\w*", r"took", r"take", r"taking", r"fell",
    r"rocked", r"pounded", r"blacked\s+out", r"invad\w*", r"storm\w*", r"raid\w*",
    r"toured", r"tour", r"leave", r"left", r"leaving", r"rebuil\w*", r"rebuild\w*",
    r"visit(?:s|ed|ing)?", r"hold", r"holds", r"held", r"holding", r"controls?",
    r"controlled", r"controlling", r"rul(?:e|es|ed|ing)", r"govern(?:s|ed|ing)?",
    # a place marched on, entered, blockaded or reached by a road: "marched on Damascus",
    # "entering Damascus", "fuel deliveries to Bamako", "the highway linking Tbilisi"
    r"march(?:ed|es|ing)?\s+on", r"enter(?:s|ing)", r"blockad\w*", r"deliveries\s+to",
    r"link(?:s|ed|ing)", r"connect(?:s|ed|ing)", r"traffic\s+between",
    # a place taken or besieged: "the recapture of Khartoum", "the fall of Kabul"
    r"recaptur\w*", r"(?:re)?captur\w*\s+of", r"fall\s+of", r"siege\s+of",
    # a place advanced on, fled, regained or cut off: "the advance on Kyiv", "fled
    # Damascus", "a train bound for Moscow", "a fuel blockade on Bamako", "had regained
    # Khartoum", "has paralysed Bamako"
    r"advanc\w*\s+on", r"offensives?\s+(?:on|against|towards)", r"push\s+on",
    r"fled", r"bound\s+for", r"approaches\s+to", r"blockades?\s+on",
    r"regain\w*", r"engulf\w*", r"paraly[sz]\w*",
    # a place named as what it is: "its capital and largest city is Kyiv"
    r"(?:capital|city)\s+(?:is|was)",
    # a place split: "the buffer zone that splits Nicosia", "the wall dividing Jerusalem"
    r"splits?", r"splitting", r"divid(?:es|ed|ing)",
)  # fmt: skip
#: Words after a capital that make it the place ("Kyiv was hit", "Kyiv came under fire").
PLACE_AFTER = (
    r"(?:was|were|is|are|has\s+been|had\s+been|came|comes|remains?|remained|"
    r"(?:could|may|might|will|would|can)(?:\s+again)?\s+be)\s+"
    r"(?:again\s+|repeatedly\s+|heavily\s+)?(?:hit|struck|shelled|attacked|targeted|bombed|"
    r"under|calm|quiet|dark|without|cut\s+off|surrounded|encircled|home|a\s+city|the\s+capital|"
    r"located|situated|founded|built)",
    r"(?:time|airport|metro|residents|streets|mayor|city\s+council|region|oblast|district)\b",
    r"(?:sits|lies|lay|stands|is\s+located|is\s+situated|borders)\b",
    # "Kyiv is a beautiful city", "Moscow is Europe's largest city": the city described
    r"(?:is|was|remains|has\s+been)\s+(?:a|an|the|one\s+of\s+the|[A-Za-z]+['’]s)\s+"
    # (not a capital that acts: "Washington is the only major capital to recognise")
    r"(?:[\w-]+\s+){0,3}(?:city|cities|town|capital|metropolis|port|place|destination)\b"
    r"(?!\s+(?:to|that|which|who)\b)",
    # "Taipei alone is home to 2.4 million", "since Khartoum became a battlefield"
    r"(?:alone\s+)?(?:is|was|remains)\s+home\s+to\b", r"became\s+a\s+(?:battlefield|war\s+zone)",
    # "Damascus had fallen", "after Kabul fell to the Taliban": the city taken
    r"(?:had\s+|has\s+)?(?:fallen|fell)\b(?!\s+(?:out|behind|short|silent|back|foul|apart))",
)  # fmt: skip
METONYM_BEFORE = (
    # Verbs whose object is a mind or a recipient: "angering Beijing", "promised Kyiv".
    r"anger\w*", r"unsettl\w*", r"rattl\w*", r"alarm\w*", r"irritat\w*", r"infuriat\w*",
    r"provok\w*", r"reassur\w*", r"promis\w*", r"grant\w*", r"assur\w*", r"embarrass\w*",
    r"annoy\w*", r"upset\w*", r"worr(?:y|ies|ied|ying)", r"frustrat\w*", r"defy\w*",
    r"defied", r"challeng\w*",
    # Reactions coming from a government: "condemnation from Damascus".
    r"(?:condemnation|criticism|protests?|objections?|rebukes?|backlash|reactions?|"
    r"anger|outrage|approval|consent|permission|assurances?|guarantees?|complaints?)"
    r"\s+(?:\w+\s+)?(?:from|by)",
    # a government's acts and views: "the decisions of Washington, Madrid and Berlin"
    r"(?:decisions?|positions?|stances?|polic(?:y|ies))\s+of",
    # a policy aimed at a government: "its policy toward Caracas"
    r"(?:polic(?:y|ies)|approach|stance|posture|overtures?)\s+(?:toward|towards)",
    # a government's allies: "Belarus, a close ally of Moscow"
    r"(?:ally|allies|partner|partners|proxy|proxies|client|satellite)\s+of",
    # a government's feelings: "to the fury of Algiers", "much to the dismay of Baku"
    r"(?:anger|fury|ire|dismay|displeasure|annoyance|irritation|consternation|chagrin)"
    r"\s+of",
    r"accus\w*", r"urg\w*", r"warn\w*", r"told", r"tells", r"asked", r"asks",
    r"called\s+on", r"calls\s+on", r"press\w*", r"criticis\w*", r"criticiz\w*",
    r"condemn\w*", r"blam\w*", r"sanction\w*", r"negotiat\w*\s+with", r"talks\s+with",
    r"relations\s+with", r"ties\s+with", r"deal\s+with", r"agreement\s+with",
    r"(?:wars?|disputes?|conflicts?|rivalry|feud|standoff|quarrel|cooperation)\s+between",
    r"talks\s+between", r"relations\s+between", r"ties\s+between", r"tensions\s+between",
    r"dialogue\s+between", r"negotiations\s+between", r"agreement\s+between",
    r"(?:outside|under|beyond|out\s+of)\s+(?:the\s+)?control\s+of",
    r"(?:backed|recogni[sz]ed|supported|controlled|administered|held|annexed|rejected|"
    r"claimed|occupied|governed|run|ruled|seized|taken|captured|retaken|liberated|"
    r"disputed|contested|opposed|condemned)"
    r"(?:\s+(?:only|solely|mainly|largely|also|even|both|either|jointly))?\s+by",
    r"pressure\s+on", r"hand(?:ed|s)?",
    r"gave", r"give", r"gives", r"cede\w*\s+(?:\w+\s+){0,3}to", r"lost\s+to",
    r"demands?\s+(?:from|of)", r"appeal\w*\s+to", r"recognition\s+(?:by|from)",
    r"(?:proposals?|calls?|requests?|pressure|offers?|messages?|warnings?|threats?|"
    r"ultimatums?|responses?|repl(?:y|ies)|signals?|aid|delegations?|envoys?|"
    r"negotiators|diplomats)\s+(?:from|of)",
    r"mediation\s+(?:by|of)", r"mediated\s+by", r"sanctions\s+(?:on|against)",
    r"fund(?:s|ed|ing)?", r"arm(?:s|ed|ing)?", r"suppl(?:y|ies|ied|ying)", r"help\w*",
    r"assist\w*", r"reassur\w*", r"lobb\w*", r"persuad\w*", r"convinc\w*",
    r"(?:won|wins?|winning)\s+over",  # "has won over Washington and Madrid": a government
    # a government drawn near to or away from: "has drifted ever closer to Moscow"
    r"(?:drift|tilt|lean|gravitat|pivot|shift|edg|inch|grew|grow)\w*\s+"
    r"(?:(?:ever|much|even|far|still|steadily)\s+)?(?:closer|nearer)\s+to",
    r"(?:drift|tilt|pivot|turn|distanc)\w*\s+(?:(?:further|farther)\s+)?away\s+from",
    r"loyal(?:ty)?\s+to", r"allegiance\s+to", r"dependence\s+on", r"dependent\s+on",
    # The agent of a passive verb acts: "dismissed by Kyiv", "condemned by Rome".
    r"(?!(?:surrounded|bordered|served|flanked|connected|linked|followed|dominated|crossed|"
    r"encircled|hit|struck|shelled|bombed|attacked|targeted|visited|reached|passed)\s)"
    r"[a-z]{3,}ed(?:\s+(?:only|solely|mainly|largely|also|even|both|either|jointly))?\s+by",
)  # fmt: skip
#: Adjectives made with a capital that mean its government ("Moscow-backed").
METONYM_HYPHENATED = (
    r"backed", r"controlled", r"installed", r"appointed", r"led", r"held", r"aligned",
    r"friendly", r"allied", r"sponsored", r"supported", r"imposed", r"run",
)  # fmt: skip

#: Words after "the" and a place name that make an event or a thing named after it ("the
#: Istanbul talks", "the Moskva cruiser"), not the place.
EVENT_AFTER = (
    r"talks", r"negotiations", r"conference", r"round", r"meeting", r"ceremony", r"cruiser",
    r"frigate", r"flagship", r"warship", r"submarine", r"tanker", r"massacre", r"bombing",
    r"offensive", r"uprising", r"siege", r"marathon", r"derby", r"forum", r"dialogue",
)  # fmt: skip

# --- a country or a first-level unit of the same name ------------------------------------

#: Head nouns of a national government after (or before "of") a name that is both a
#: country and a state: the country ("Georgia's prime minister", "the president of
#: Georgia").
NATIONAL_HEADS = (
    r"prime\s+minister", r"president", r"parliament", r"army", r"armed\s+forces",
    r"government", r"foreign\s+(?:ministry|minister|office)", r"defen[cs]e\s+(?:ministry|minister)",
    r"military", r"embassy", r"ambassador", r"navy", r"cabinet", r"constitutional\s+court",
    r"national\s+(?:bank|team)", r"central\s+bank", r"border\s+guards?",
    r"(?:finance|interior|justice|economy|energy|trade|health)\s+(?:ministry|minister)",
    r"ministry", r"ministers?", r"prime\s+ministers?", r"king", r"queen", r"monarch", r"emir",
    r"(?:soviet\s+)?republic",  # "the former Soviet republic of Georgia"
    r"foreign\s+policy", r"sovereignty", r"independence", r"intelligence\s+services?",
    r"security\s+services?", r"special\s+envoy", r"envoy", r"delegation", r"leadership",
)  # fmt: skip
#: Head nouns of a state's government: the first-level unit ("Georgia's governor").
STATE_HEADS = (
    r"governor", r"legislature", r"state\s+(?:senate|house|capitol|legislature|police)",
    r"general\s+assembly", r"lieutenant\s+governor", r"national\s+guard", r"secretary\s+of\s+state",
)  # fmt: skip

# --- a city or the province named after it -------------------------------------------------

#: Words near a bare name that is both a province and its capital city ("Odesa", "Kharkiv")
#: that make it the province: territory changing hands or measured ("Russia will annex
#: Kherson", "Donetsk and Luhansk together cover 8.8 per cent"). Without one it is the city
#: ("missiles hit Odesa", "blackouts in Kharkiv").
PROVINCE_CUES = (
    r"annex\w*", r"referend\w*", r"occup\w*", r"control\w*", r"cover\w*",
    r"rebels?", r"separatis\w*",
    r"per\s*cent", r"percent", r"%", r"square", r"sq", r"km[²2]", r"provinces?", r"regions?",
    r"oblasts?", r"governorates?", r"together", r"votes?", r"ballots?", r"front",
    r"nuclear", r"fighting", r"pulled\s+back", r"governors?",
    r"gains?", r"(?:counter-?)?offensives?", r"freez\w*", r"frozen",
    r"(?:front|contact|demarcation|ceasefire)\s+lines?", r"lines?\s+of\s+(?:contact|control)",
    r"makes?\s+up", r"made\s+up", r"account\w*\s+for", r"compris\w*", r"spans?",
    r"constitut\w*", r"represent\w*",
    # resources and land spread over a province: "the oil fields of Deir ez-Zor"
    r"oil\s*fields?", r"gas\s*fields?", r"countryside",
    # sovereignty and claims are a province's: "sovereignty over Ceuta and Melilla", "the
    # disputed territories, including Kirkuk", "Kurdish leaders lay claim to Kirkuk"
    r"sovereignty", r"disputed", r"(?:lay|lays|laid|laying)\s+claim",
    # the whole of a province: "you would need Zaporizhzhia and Kherson in full"
    r"in\s+full",
    # unit words of other countries: "the smallest autonomous community", "department"
    r"autonomous\s+communit(?:y|ies)", r"departments?", r"prefectures?", r"cantons?",
    # "Russia's Kaliningrad exclave"
    r"exclaves?", r"enclaves?",
    # ground given away, and emergencies declared over a province: "Kyiv will not sign away
    # Kherson, Zaporizhzhia or the rest of Donetsk", "a federal emergency in Kursk"
    r"sign(?:s|ed|ing)?\s+away", r"cede[sd]?", r"ceding", r"relinquish\w*",
    r"emergenc(?:y|ies)", r"martial\s+law",
)  # fmt: skip
#: The cues of :data:`PROVINCE_CUES` that make a national capital's name its province: a
#: unit word or a measure. War words do not: "fighting in Kabul", "the army retook
#: Khartoum" are the cities.
MEASURE_CUES = (
    r"per\s*cent", r"percent", r"%", r"square", r"sq", r"km[²2]", r"provinces?", r"regions?",
    r"oblasts?", r"governorates?", r"together", r"cover\w*", r"governors?",
    r"makes?\s+up", r"made\s+up", r"account\w*\s+for", r"compris\w*", r"spans?",
    r"constitut\w*",
)  # fmt: skip

# --- names inside longer names ---------------------------------------------------------------

#: Capitalised words after a place name that keep it a place ("Kherson Airport", "Kyiv
#: Monday"); any other capitalised word after it makes it part of a longer name.
KEEP_AFTER = _words(
    """
    airport railway station port bridge front line direction axis sector border frontier
    republic territory territories district county governorate autonomous peninsula valley
    heights strip islands island basin coast oblast region province city state nuclear
    power plant dam hydroelectric
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december
    """
)
#: Words after a place name that make it part of the name of a treaty, an institution or a
#: format ("the Istanbul Convention", "the Minsk agreements", "the Normandy format").
INSTITUTION_AFTER = (
    r"conventions?", r"treat(?:y|ies)", r"accords?", r"agreements?", r"protocols?",
    r"memorandum", r"format", r"process", r"declaration", r"communiqu[eé]", r"summit",
    r"corridor",
    r"charter", r"pact", r"formula", r"platform", r"group", r"club", r"initiative",
    r"institute", r"university", r"exchange", r"stock\s+exchange", r"consensus",
    r"principles", r"talks\s+format", r"ii\b", r"-2\b", r"peace\s+plan", r"framework",
    r"(?:organic|basic)\s+law",  # "the Bangsamoro organic law"
    # "recalled to the England squad", "the Ukraine national team": a side, not a place
    r"squads?", r"(?:(?:national|football|rugby|cricket|hockey|olympic)\s+)+teams?",
    # "Scotland captain Andy Robertson", "the England midfielder": a side's player
    r"captain", r"midfielder", r"striker", r"defender", r"goalkeeper", r"winger",
    r"(?:head\s+)?coach", r"full-back", r"centre-back",
    r"under-\d+s?",
    # "the Gaza health ministry": a ministry of the authority that runs the place
    r"(?:health|interior|defen[cs]e|foreign|finance|education)\s+ministry",
    # "the Kirkuk provincial council": an elected body (a Scottish council area is a unit)
    r"(?:(?:provincial|regional|city|municipal|local|district|county)\s+)?councils?(?!\s+areas?)",
    # "the Sinaloa cartel", "the Saba news agency": a gang, a news agency
    r"cartels?", r"news\s+agency",
    # "the North-East Frontier Agency": an agency's name
    r"agency",
    # "Punjab National Bank", "the Georgia State Senate", "the Georgia National Guard"
    r"(?:national|state|central)\s+bank", r"state\s+(?:senate|assembly|legislature)",
    r"national\s+guard",
)  # fmt: skip
#: Words before a place name that make it part of such a name ("the Treaty of Paris"), or
#: of a title ("the Prince of Wales", "the Church of England").
INSTITUTION_BEFORE = (
    r"treaty", r"convention", r"congress", r"peace", r"accords?", r"protocol", r"university",
    r"declaration", r"memorandum", r"charter", r"statute", r"court", r"pact",
    r"prince(?:ss)?", r"duke", r"duchess", r"church", r"archbishop", r"sultan",
)  # fmt: skip


#: First-level units named like their people ("Amhara", "Kachin", "Afar"), and the words
#: for groups of people that make such a name the people: "Amhara militias", "Kachin
#: fighters" are no places; "the Amhara region", "Amhara officials" stay the unit.
PEOPLE_NAMED_UNITS = _words(
    "amhara afar kachin shan karen chin mon kokang wa turkana samburu naga"
)
#: Names of a unit that, after "the", are the wider zone it is named after ("the Sahel").
ZONES_NAMED_LIKE_UNITS = _words("sahel")
#: Rivers that first-level units are named after: after "the" the river ("the Meuse burst
#: its banks", "crossed the Blue Nile"), not the unit ("Meuse department", "Blue Nile state").
RIVERS_NAMED_LIKE_UNITS = frozenset(
    {"meuse", "moselle", "somme", "marne", "loire", "seine", "sava", "drina", "white nile",
     "blue nile", "river nile", "niger river", "amur", "mahakali"}
)  # fmt: skip
PEOPLE_GROUPS = (
    r"militias?", r"fighters", r"nationalists", r"rebels", r"insurgents", r"forces",
    r"(?:regional|special)\s+forces", r"farmers", r"refugees", r"communit(?:y|ies)",
    r"elites?", r"youths?", r"clans?", r"rare\s+earths", r"herders", r"pastoralists",
    r"peoples?", r"civilians", r"villagers", r"elders", r"traders",
    r"(?:armed\s+)?groups?",  # "the Kokang group": an armed group
)  # fmt: skip


#: Capitalised words before "of" that make a place part of an organisation's name ("the
#: Movement of Democratic Forces of Casamance", "the Liberation Front of X").
ORGANISATION_BEFORE = (
    "Forces", "Movement", "Front", "Army", "Party", "Brigade", "Brigades", "Alliance",
    "Council", "Committee", "Liberation", "Mujahideen", "Militia", "Militias",
    # historical states named after a place ("the Sultanate of Sulu")
    "Sultanate", "Khanate",
)  # fmt: skip


#: Verbs that say what a figure measures (see geoclaims.check): held ground, the claims
#: table, or the regions in full.
FIGURE_VERBS = {
    # ground taken back: a change between two dates, not ground held on one (first, so
    # that "retaken" is not read as "taken")
    "regained": (
        r"recaptur(?:e|es|ed|ing)|retook|retak(?:e|es|en|ing)|liberat(?:e|es|ed|ing)|"
        r"regain(?:s|ed|ing)?|reclaim(?:s|ed|ing)?|won\s+back|took\s+back|tak(?:e|es|en)\s+back"
    ),
    "held": (
        r"control(?:s|led|ling)?|hold(?:s|ing)?|held|occup(?:y|ies|ied|ying)|"
        r"seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|administer(?:s|ed|ing)?|"
        r"overr(?:un|an|uns)|(?:tak(?:e|es|en|ing)|took)(?!\s+(?:up|back))|"
        r"in the hands of|lost|los(?:e|es|ing)|station(?:s|ed|ing)?\s+(?:on|in)"
    ),
    "claimed": (
        r"annex(?:es|ed|ing|ation)?|claim(?:s|ed|ing)?|recogni[sz](?:e|es|ed|ing)|"
        r"lay claim|laid claim"
    ),
    "whole": (
        r"make(?:s)? up|made up|making up|cover(?:s|ed|ing)?|account(?:s|ed|ing)? for|"
        r"comprise(?:s|d)?|represent(?:s|ed|ing)?|amount(?:s|ed)? to|span(?:s|ned)?|"
        r"constitut(?:e|es|ed)|form(?:s|ed)?|encompass(?:es|ed)?|"
        r"(?:tak(?:e|es|en|ing)|took) up|is|are|was|were"
    ),
}
