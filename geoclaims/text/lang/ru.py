"""Russian: case endings, number, fraction and unit words, qualifiers.

Data only, read by the gazetteer (case forms of names) and the figure parser. Regex
fragments match lower-cased text.
"""

from __future__ import annotations

#: Names of countries and first-level units in this language come also from pycountry's
#: translations of ISO 3166-1 and 3166-2 (see geoclaims.text.gazetteer).
TRANSLATED = True

#: Endings of a feminine oblast adjective (Донецкая область): nominative ending -> the
#: endings of its other cases (Донецкой, Донецкую, Донецкою).
ADJECTIVE_ENDINGS = {
    "ая": ("ой", "ую", "ою", "ей"),
    "яя": ("ей", "юю", "ею"),
    "ый": ("ого", "ому", "ым", "ом"),
    "ий": ("ого", "ому", "им", "ом", "его", "ему", "ем"),
    "ой": ("ого", "ому", "ым", "ом"),
    # neuter ("Северное Косово" -> "в Северном Косове")
    "ое": ("ого", "ому", "ым", "ом"),
    "ее": ("его", "ему", "им", "ем"),
    # plural, for names of island groups and territories ("Южные Курилы")
    "ые": ("ых", "ым", "ыми"),
    "ие": ("их", "им", "ими"),
}
#: Endings of a one-word place name: nominative ending -> (letters to drop, endings).
#: Россия -> России/Россию/Россией; Москва -> Москвы/Москве/Москву/Москвой.
#: Consonants after which an ending's "ы" is spelt "и" ("Донской" -> "Донским",
#: "Кодорское" -> "Кодорским").
NO_YERY_AFTER = "кгхжшщч"
#: Common nouns of place names whose stem loses a vowel before an ending ("Карельский
#: перешеек" -> "Карельского перешейка"), and the endings after that stem.
FLEETING_VOWEL_STEMS = {"перешеек": "перешейк", "хребет": "хребт"}
FLEETING_VOWEL_ENDINGS = ("а", "у", "е", "ом")
NOUN_ENDINGS = (
    ("ия", 1, ("и", "ю", "ей")),
    ("я", 1, ("и", "е", "ю", "ей", "ем")),
    # after a hushing consonant: Польша -> Польши, Польшей
    ("ша", 1, ("и", "е", "у", "ей", "ею")), ("ща", 1, ("и", "е", "у", "ей", "ею")),
    ("жа", 1, ("и", "е", "у", "ей", "ею")), ("ча", 1, ("и", "е", "у", "ей", "ею")),
    ("а", 1, ("ы", "и", "е", "у", "ой", "ою")),
    ("ь", 1, ("и", "ью", "я", "ю", "е", "ем")),
    ("ье", 1, ("я", "ю", "ем")),  # Приднестровье -> Приднестровья
    ("й", 1, ("я", "ю", "е", "ем")),  # Тайбэй -> Тайбэю
    ("ы", 1, ("", "ам", "ами", "ах")),  # plural: Курилы -> Курил, Курилами
    ("ии", 1, ("й", "ям", "ями", "ях")),  # plural: территории -> территориями
    ("во", 1, ("а", "у", "е", "ом")),  # Косово -> Косова, в Косове
    ("", 0, ("а", "у", "е", "ом")),
)
FORMAL_COUNTRY_NAMES = (
    ("КНР", "CHN"),  # the People's Republic
    # case forms the endings cannot make: a fleeting vowel ("Египет" -> "Египта"), a
    # name too short for them ("Чад" -> "Чада")
    ("Египта", "EGY"), ("Египту", "EGY"), ("Египте", "EGY"), ("Египтом", "EGY"),
    ("Чада", "TCD"), ("Чаду", "TCD"), ("Чаде", "TCD"), ("Чадом", "TCD"),
    ("КНДР", "PRK"),
    # Serbia's name of Kosovo (RS-KM, Kosovo here) in its cases
    ("Косово и Метохия", "XKX"), ("Косово и Метохии", "XKX"), ("Косово и Метохию", "XKX"),
    ("Косово и Метохией", "XKX"),
    ("Российская Федерация", "RUS"),
    ("РФ", "RUS"),
    ("Российской Федерации", "RUS"),
    ("Российскую Федерацию", "RUS"),
    ("Российской Федерацией", "RUS"),
    ("Соединённые Штаты Америки", "USA"),
    ("Соединённых Штатов Америки", "USA"),
    ("Соединённым Штатам Америки", "USA"),
    ("Соединённые Штаты", "USA"),
    ("Соединённых Штатов", "USA"),
    ("Соединённым Штатам", "USA"),
    ("Соединёнными Штатами", "USA"),
)
#: Names of the named areas (ids as in the boundaries data's areas table, without
#: "area:"), beside those the data ships; their case forms are made as for any name.
AREA_NAMES = (
    ("kuril-islands", "Северные территории"),
    ("aksai-chin", "Аксай-Чин"), ("shaksgam-valley", "Шаксгам"),
    ("golan-heights", "Голанских высот"), ("golan-heights", "Голанских высотах"),
    ("west-bank", "Западный берег"), ("essequibo", "Эссекибо"), ("abyei", "Абьей"),
    ("halaib-triangle", "Халаибский треугольник"), ("nagorno-karabakh", "Арцах"),
    ("nagorno-karabakh", "Карабах"), ("nagorno-karabakh", "Нагорный Карабах"),
    ("kuril-islands", "Южных Курил"), ("kuril-islands", "Южных Курилах"),
    ("kuril-islands", "Курильских островов"), ("kuril-islands", "Курильских островах"),
    ("south-ossetia", "Цхинвальский регион"),
)  # fmt: skip
#: Names of capitals that news uses for governments, by their English name in
#: geoclaims/text/data/capitals.csv.
CAPITAL_NAMES = (
    ("Washington", "Вашингтон"), ("Brussels", "Брюссель"), ("Baku", "Баку"),
    ("Yerevan", "Ереван"), ("Belgrade", "Белград"), ("Abu Dhabi", "Абу-Даби"),
    ("Chisinau", "Кишинёв"), ("Chisinau", "Кишинев"), ("Taipei", "Тайбэй"),
    ("Taipei", "Тайбей"), ("Tbilisi", "Тбилиси"), ("Beijing", "Пекин"), ("Tokyo", "Токио"),
    ("Ankara", "Анкара"), ("Tehran", "Тегеран"), ("Minsk", "Минск"), ("Warsaw", "Варшава"),
    ("Berlin", "Берлин"), ("Paris", "Париж"), ("London", "Лондон"),
    ("Budapest", "Будапешт"), ("Bucharest", "Бухарест"), ("New Delhi", "Нью-Дели"),
    ("Islamabad", "Исламабад"), ("Pristina", "Приштина"), ("Nicosia", "Никосия"),
    ("Rabat", "Рабат"), ("Caracas", "Каракас"), ("Georgetown", "Джорджтаун"),
    ("Cairo", "Каир"), ("Khartoum", "Хартум"), ("Damascus", "Дамаск"),
    ("Jerusalem", "Иерусалим"), ("Sukhumi", "Сухум"), ("Sukhumi", "Сухуми"),
    ("Tskhinvali", "Цхинвали"), ("Tiraspol", "Тирасполь"),
)  # fmt: skip
#: Words near a bare name of a province and its capital that make it the province.
PROVINCE_CUES = (
    r"оккуп\w*", r"аннекс\w*", r"контрол\w*", r"освобо\w*", r"референдум\w*", r"процент\w*",
    r"област\w*", r"регион\w*", r"квадратн\w*", r"эксклав\w*", r"губернатор\w*",
)  # fmt: skip
#: The cues above that make a national capital's name its province (see en.MEASURE_CUES).
MEASURE_CUES = (
    r"процент\w*", r"област\w*", r"регион\w*", r"квадратн\w*", r"эксклав\w*",
    r"губернатор\w*",  # "по словам губернатора Кубани": a province has a governor
)

#: Words after a place name that make it part of the name of a treaty or an institution
#: ("Мінські угоди", "Стамбульська конвенція").
INSTITUTION_AFTER = (
    r"соглашени\w*", r"договор(?:а|у|ом|е|ы|ов|ам|ами)?", r"конвенци\w*", r"формат\w*",
    r"протокол\w*",
    r"университет\w*", r"патриархат\w*", r"меморандум\w*",
    # "глава Луганской ОВА", "Херсонской ВГА": an oblast's administration
    r"ова", r"вга", r"ода",
    # "Белгородской областной думы", "в Курской областной администрации"
    r"областн\w+",
)  # fmt: skip

QUALIFIERS = {
    "nearly": ("почти", "без малого", "чуть меньше", "немногим менее", "приближается к",
               "приближалась к", "приближался к"),
    "about": ("около", "примерно", "порядка", "приблизительно", "почти что"),
    "more_than": ("более чем", "более", "больше чем", "больше", "свыше", "немногим более",
                  "чуть больше чем", "чуть больше", "превышает", "превышают", "превышала",
                  "превысила", "превысил", "превышающую", "превышающей", "превышающий",
                  "превышал", "превышали"),
    "less_than": ("менее чем", "менее", "меньше чем", "меньше"),
    "at_least": ("не менее чем", "не менее", "как минимум", "по меньшей мере", "минимум"),
    "up_to": ("вплоть до", "до", "не более чем", "не более", "не больше чем", "не больше",
              "не превышает", "не превышают", "не превышала", "не превышал"),
    "exactly": ("ровно", "точно"),
}
NUMBER_WORDS = {
    "один": 1, "одна": 1, "одну": 1, "одного": 1, "одной": 1, "дв": 2, "три": 3, "четыр": 4,
    "пят": 5, "шест": 6,
    "сем": 7, "восем": 8, "девят": 9, "десят": 10, "двадцат": 20, "тридцат": 30,
    "сорок": 40, "пятьдесят": 50, "сто": 100, "одиннадцат": 11, "двенадцат": 12,
    "тринадцат": 13, "четырнадцат": 14, "пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17,
    "восемнадцат": 18, "девятнадцат": 19, "шестьдесят": 60, "семьдесят": 70,
    "восемьдесят": 80, "девяност": 90,
    "полтор": 1.5, "полутор": 1.5,  # "полторы тысячи", "около полутора тысяч"
    # hundreds, in every case: "более ста тысяч", "около двухсот тысяч"
    "ста": 100, "двест": 200, "двухсот": 200, "трист": 300, "трехсот": 300, "трёхсот": 300,
    "четырест": 400, "четырехсот": 400, "четырёхсот": 400, "пятьсот": 500, "пятисот": 500,
    "шестьсот": 600, "шестисот": 600, "семьсот": 700, "семисот": 700, "восемьсот": 800,
    "восьмисот": 800, "девятьсот": 900, "девятисот": 900,
}  # fmt: skip
MAGNITUDES = {r"тыс\.|тыс(?!\w)|тысяч\w*": 1e3, r"млн\.?|миллион\w*": 1e6, r"полмиллион\w*": 5e5}
FRACTIONS = {
    # every case, but not the ordinals "третий", "четвёртый"
    r"трет(?:ь|и|ей|ям|ью|ями|ях)": 100 / 3,
    r"четверт(?:ь|и|ей|ям|ью|ями|ях)": 25.0,
    r"половин\w*": 50.0,
    r"пят(?:ая|ую|ой)\s+част\w*": 20.0,
    r"десят(?:ая|ую|ой)\s+част\w*": 10.0,
    r"шест(?:ая|ую|ой)\s+част\w*": 100 / 6,
    r"восьм(?:ая|ую|ой)\s+част\w*": 12.5,
    r"двадцат(?:ая|ую|ой)\s+част\w*": 5.0,
    # "одну пятую территории": the fraction without its noun, after "одна"
    r"одн(?:а|у|ой)\s+пят(?:ая|ую|ой)": 20.0,
    r"одн(?:а|у|ой)\s+десят(?:ая|ую|ой)": 10.0,
    r"одн(?:а|у|ой)\s+шест(?:ая|ую|ой)": 100 / 6,
    r"одн(?:а|у|ой)\s+восьм(?:ая|ую|ой)": 12.5,
    r"одн(?:а|у|ой)\s+двадцат(?:ая|ую|ой)": 5.0,
}
#: Fraction words said only after a numerator above one ("четырёх пятых территории"):
#: alone, "пятых" is an ordinal ("пятых классов").
FRACTIONS_AFTER_NUMERATOR = {
    r"пят(?:ых|ым|ыми)": 20.0,
    r"десят(?:ых|ым|ыми)": 10.0,
    r"восьм(?:ых|ым|ыми)": 12.5,
}
#: Numerators before a fraction word ("две трети", "четыре пятых").
NUMERATORS = {
    "две": 2, "двух": 2, "двумя": 2, "три": 3, "трех": 3, "трёх": 3, "четыре": 4,
    "четырех": 4, "четырёх": 4, "семь": 7, "семи": 7,
}  # fmt: skip
RANGE_OPENERS = ("от", "между")
RANGE_JOINERS = ("до", "и")
PERCENT = (r"процент\w*", r"проц\.")
KM2 = (r"кв\.?\s*км\.?", r"квадратн\w+\s+километр\w*")
MI2 = (r"квадратн\w+\s+мил\w*",)
OF_WORDS = ("от",)
TERRITORY = (r"территори\w*", r"площ\w*", r"суш\w*", r"зон[ыеуа]\w*")
DEMONYMS = {
    "украинск": "UKR", "российск": "RUS", "грузинск": "GEO", "молдавск": "MDA",
    "молдовск": "MDA", "азербайджанск": "AZE", "армянск": "ARM", "сирийск": "SYR",
    "израильск": "ISR", "палестинск": "PSE", "кипрск": "CYP", "индийск": "IND",
    "пакистанск": "PAK", "китайск": "CHN", "сербск": "SRB", "японск": "JPN",
    "белорусск": "BLR", "гайанск": "GUY", "марокканск": "MAR", "сомалийск": "SOM",
    "суданск": "SDN", "нидерландск": "NLD", "голландск": "NLD", "бельгийск": "BEL",
    "мексиканск": "MEX", "американск": "USA", "канадск": "CAN", "иранск": "IRN",
    "иракск": "IRQ", "афганск": "AFG", "нигерийск": "NGA", "эфиопск": "ETH",
    "испанск": "ESP", "итальянск": "ITA", "французск": "FRA", "британск": "GBR",
    "турецк": "TUR", "аргентинск": "ARG", "бразильск": "BRA", "австралийск": "AUS",
}  # fmt: skip
#: Words before a capital's name that make it the place, not its government ("в районе
#: Киева", "жители Москвы", "удар по Киеву").
PLACE_NOUNS_BEFORE = (
    r"район\w*", r"окрестност\w*", r"пригород\w*", r"мэр\w?", r"жител\w*", r"улиц\w*",
    r"центр\w*", r"небом", r"небо", r"над", r"ракет\w*", r"удар\w*", r"атак\w*",
    r"обстрел\w*", r"площад\w*", r"визит\w*\s+в", r"поездк\w*\s+в",
    # a place fallen, retaken, stormed or held: "после падения Дамаска", "удерживает Хартум"
    r"падени\w*", r"взяти\w*", r"освобождени\w*", r"штурм\w*", r"осад\w*", r"удержива\w*",
)  # fmt: skip
#: Words after a share that make it a share of people, not of land ("75% украинцев").
NOT_TERRITORIAL_AFTER = (
    r"украинцев", r"россиян", r"опрошенных", r"респондентов", r"участников",
    r"избирателей", r"голосов", r"голосовавш\w*", r"проголосовавш\w*",
    r"тех,?\s+кто\s+(?:про)?голосова\w*", r"населения", r"жителей", r"граждан", r"людей",
    r"островитян", r"[«\"„“]за[»\"“”]",
    # buildings, not land: "разрушено более 90% жилых домов"
    r"жил(?:ых|ого|ой|ья)\w*", r"домов", r"здани\w*", r"инфраструктур\w*",
    # "восстановлено более 90% поврежденного жилья", "квартир"
    r"(?:[а-яё]+\s+)?(?:жилья|жильё|жилье|квартир\w*)",
    # capacity and output, not land: "более 40% металлургических мощностей"
    r"(?:[а-яё]+\s+)?(?:мощност\w*|производств\w*|экспорт\w*|ввп)",
)  # fmt: skip
#: Verbs whose subject, when a capital, is its government ("Москва настаивает").
METONYM_VERBS = (
    r"заяв\w*", r"отверг\w*", r"отклон\w*", r"настаива\w*", r"настоя\w*", r"требу\w*",
    r"обвиня\w*", r"обвини\w*", r"соглас\w*", r"отказ\w*", r"объяви\w*", r"объявля\w*",
    r"осуди\w*", r"осужда\w*", r"отрица\w*", r"призна\w*", r"счита\w*", r"предупред\w*",
    r"предупрежда\w*", r"назва\w*", r"называ\w*", r"хочет", r"стремит\w*",
    r"контролиру\w*", r"оккупирова\w*", r"аннексирова\w*", r"ответил\w*", r"сообщи\w*",
    r"подписа\w*",
    r"пригроз\w*", r"угрожа\w*", r"призва\w*", r"призыва\w*", r"поддерж\w*",
    r"обменя\w*", r"договори\w*",
)  # fmt: skip
#: The same verbs before their subject ("заявила Москва"): word order is free.
#: Nouns before a capital in the genitive that make it the government ("вимогу Москви").
METONYM_NOUNS = (
    r"требовани\w*", r"контрол\w*", r"позици\w*", r"решени\w*", r"политик\w*", r"давлени\w*",
    r"посредничеств\w*", r"правительств\w*", r"предложени\w*",
)  # fmt: skip
#: Words before a capital that make it the recipient or the source of an act of state
#: ("передал Москве", "по данным Киева", "требует от Киева").
METONYM_CUES_BEFORE = (
    r"переда\w*", r"отда\w*", r"пообеща\w*", r"обеща\w*", r"по\s+данным",
    r"по\s+мнению", r"со\s+стороны", r"(?:по)?треб(?:у|ова)\w*\s+(?:\w+\s+)?от",
    # "переговоры между Баку и Ереваном", "соглашение между Дамаском и СДС"
    r"(?:переговор\w*|отношени\w*|соглашени\w*|договор\w*|диалог\w*|контакт\w*|войн\w*|"
    r"спор\w*|конфликт\w*|противостояни\w*|сотрудничеств\w*)\s+между",
    r"управля\w*\s+из",  # "управляются из Тайбэя": the seat of a government
    r"для",  # "для Киева это оккупированные территории": the government's view
    r"завис\w*\s+(?:\w+\s+)?от",  # "почти полностью зависит от Москвы": its subsidies
    r"обрати\w*\s+к", r"обраща\w*\s+к",  # "обратился к Москве с просьбой": an appeal
    r"рассчитыва\w*\s+на", r"ориентиру\w*\s+на",  # "рассчитывает на Москву"
    # "о новых требованиях к Киеву": demands made of a government
    r"(?:требовани|претензи|ультиматум|призыв)\w*\s+к",
    # "Тирасполь просит помощи у Москвы": help asked of a government
    r"(?:помощ|поддержк|денег|кредит|защит)\w*\s+у",
)  # fmt: skip
METONYM_BEFORE = METONYM_VERBS + METONYM_NOUNS + METONYM_CUES_BEFORE
#: More verbs of saying, and the plural ending, that make "в <capital>" with no subject
#: its government ("В Москве заявили", "в Киеве это заявление опровергли").
METONYM_IMPERSONAL = (
    # what a government discusses: "у Вашингтоні обговорюють", "в Вашингтоне обсуждают"
    r"обсужда\w*", r"обсуди\w*", r"рассматрива\w*", r"обдумыва\w*",
    r"коммент\w*", r"опроверг\w*", r"подчеркн\w*", r"отмет\w*", r"уверя\w*", r"говор\w*",
    r"утвержда\w*", r"воздерж\w*", r"полага\w*", r"ответи\w*", r"называ\w*",
    # what a government thinks or fears: "в Киеве понимают", "в Москве опасаются"
    r"понима\w*", r"счита\w*", r"опаса\w*", r"воспринима\w*", r"расценива\w*",
    r"надея\w*", r"настаива\w*",
    # what a government protests: "В Токио выразили протест"
    r"выраз\w*", r"выража\w*", r"протест\w*",
    # what a government puts forward: "в Москве выдвинули новые требования"
    r"выдвину\w*", r"выдвига\w*",
    # what a government recalls, explains or offers: "В Тбилиси напомнили",
    # "в Кишинёве предложили помощь"
    r"напомн\w*", r"напомина\w*", r"поясни\w*", r"поясня\w*", r"уточни\w*", r"завери\w*",
    r"предложи\w*", r"предлага\w*",
    # what a government welcomes, criticises or decides: "В Баку приветствовали вывод",
    # "в Тбилиси подчёркивают", "в Каракасе назначили «губернатора»"
    r"приветств\w*", r"одобри\w*", r"одобря\w*", r"критику\w*", r"раскритикова\w*",
    r"возмути\w*", r"возмуща\w*", r"подч[её]ркива\w*", r"назначи\w*", r"отреагирова\w*",
    r"реагиру\w*", r"потребова\w*",
    # what a government reports, convenes or estimates: "в Баку эту территорию оценивали"
    r"отчита\w*", r"отчитыва\w*", r"созва\w*", r"созыва\w*", r"оценива\w*", r"оцени\w*",
    # what a government recalls, promises or answers: "В Москве вновь вспомнили"
    r"вспомни\w*", r"вспомина\w*", r"обеща\w*", r"пообеща\w*", r"отвеча\w*",
    r"оспарива\w*", r"оспори\w*",  # "в Ереване эту цифру оспаривают"
)  # fmt: skip
METONYM_PLURAL_END = (r"(?:ли|ют|ят)(?:ся|сь)?",)
#: Words that may stand between such a capital and its verb ("Москва не признаёт").
METONYM_AUX = ("не", "уже", "также", "никогда", "по-прежнему", "тоже", "якобы", "это")
#: Stems of compass adjectives: a name that is one of them alone ("Южная", "Северной") is
#: the adjective of a longer name ("Южная Осетия"), never the unit translated so.
COMPASS_STEMS = ("южн", "северн", "западн", "восточн", "центральн")


#: Verbs that say what a figure measures (stems; see geoclaims.check).
FIGURE_VERBS = {
    "regained": r"освобо\w*|отвоева\w*|вернул\w*\s+под\s+контроль",
    "held": (
        r"оккуп\w*|контрол\w*|удержива\w*|захвати\w*|захвач\w*|"
        r"под\s+контролем|под\s+оккупацией|потеря\w*|утрати\w*|утратила|утратил|"
        r"управля\w*|администриру\w*"
    ),
    "claimed": r"аннекс\w*|присоедин\w*|призна\w*|претенду\w*",
    "whole": r"составля\w*|занима\w*|охватыва\w*",
}

#: Month names in datelines ("30 сентября 2022"): genitive and nominative, and their numbers.
MONTHS = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
    "июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6,
    "июль": 7, "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
    # "в марте 2022 года": the month a figure is dated to
    "январе": 1, "феврале": 2, "марте": 3, "апреле": 4, "мае": 5, "июне": 6,
    "июле": 7, "августе": 8, "сентябре": 9, "октябре": 10, "ноябре": 11, "декабре": 12,
}  # fmt: skip

#: Regional names of first-level units that no rule makes from the oblast's adjective.
UNIT_NAMES = (
    # Districts around Karabakh and its towns, in Russian.
    ("AZ-SUS", "Шуша"), ("AZ-LAC", "Лачин"), ("AZ-KAL", "Кельбаджар"), ("AZ-AGM", "Агдам"),
    ("AZ-FUZ", "Физули"), ("AZ-CAB", "Джебраил"), ("AZ-QBI", "Губадлы"), ("AZ-ZAN", "Зангелан"),
    ("RU-MOS", "Подмосковье"), ("UA-07", "Волынь"), ("UA-21", "Закарпатье"),
    ("UA-26", "Прикарпатье"), ("RU-LEN", "Ленобласть"),
    # Names that pycountry has no Russian translation for.
    ("CN-XJ", "Синьцзян"), ("CN-XZ", "Тибет"), ("ES-CT", "Каталония"), ("MD-BD", "Бендеры"),
    # Syrian governorates by their news names (not those a bare name means the city of:
    # "включая Ракку", "наступление на Алеппо")
    ("SY-HA", "Хасаке"), ("SY-DY", "Дейр-эз-Зор"), ("SY-RD", "Риф-Дамаск"),
    ("IN-AR", "Аруначал-Прадеш"), ("IN-LA", "Ладакх"), ("PK-GB", "Гилгит-Балтистан"),
    # Russian regions by their regional names, which no rule makes from a krai's or an
    # irregular adjective
    ("RU-STA", "Ставрополье"), ("RU-PER", "Прикамье"), ("RU-VOR", "Воронежчина"),
    ("RU-NIZ", "Нижегородчина"),
)  # fmt: skip
#: How a regional name is made from an oblast's adjective ("Сумська" -> "Сумщина").
REGIONAL_NAMES = (("цкая", "тчина"), ("ская", "щина"))

#: Football clubs named before their town ("Шахтёр Донецк", "Динамо Киев", "Заря
#: Луганск"): the town is part of the club's name. Plain words, matched whole.
CLUB_WORDS = (
    "шахтёр", "шахтер", "шахтёра", "шахтера", "динамо", "заря", "зари", "спартак", "зенит",
    "локомотив", "цска", "торпедо", "металлист", "карпаты",
)

#: Everyday nouns that are case forms of a place's name, matched bare only with a cue:
#: "саванна" is grassland (and Savannah, Georgia), not Mauritius's Savanne district.
COMMON_NOUNS = ("саванна", "саванну", "саванны", "саванне", "саванной", "саванною")
