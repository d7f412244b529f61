"""Ukrainian: case endings, number, fraction and unit words, qualifiers.

Data only, read by the gazetteer (case forms of names) and the figure parser. Regex
fragments match lower-cased text.
"""

from __future__ import annotations

#: Names of countries and first-level units in this language come also from pycountry's
#: translations of ISO 3166-1 and 3166-2 (see geoclaims.text.gazetteer).
TRANSLATED = True

#: Endings of a feminine oblast adjective (Донецька область): nominative ending -> the
#: endings of its other cases (Донецької, Донецькій, Донецьку, Донецькою).
ADJECTIVE_ENDINGS = {
    "а": ("ої", "ій", "у", "ою"),
    "ий": ("ого", "ому", "им", "ім"),
    "і": ("их", "им", "ими"),  # plural: Південні Курили -> Південних Курил
    "е": ("ого", "ому", "им", "ім"),  # neuter: Північне Косово -> у Північному Косові
}
#: Endings of a one-word place name: nominative ending -> (letters to drop, endings).
#: Україна -> України/Україні/Україну/Україною; Київ -> Києва; Крим -> Криму.
#: Common nouns of place names whose stem loses a vowel before an ending ("Карельський
#: перешийок" -> "Карельського перешийка"), and the endings after that stem.
FLEETING_VOWEL_STEMS = {"перешийок": "перешийк", "хребет": "хребт"}
FLEETING_VOWEL_ENDINGS = ("а", "у", "і", "ом")
NOUN_ENDINGS = (
    ("ія", 1, ("ї", "ю", "єю")),
    ("я", 1, ("і", "ю", "ям", "ею")),  # Чечня -> Чечнею
    # after a hushing consonant: Польща -> Польщі, Польщею
    ("ща", 1, ("і", "у", "ею")), ("ча", 1, ("і", "у", "ею")), ("жа", 1, ("і", "у", "ею")),
    ("ша", 1, ("і", "у", "ею")),
    # the dative and locative's consonant change: Республіка -> у Республіці, Рига -> у Ризі
    ("ка", 2, ("ки", "ці", "ку", "кою")), ("га", 2, ("ги", "зі", "гу", "гою")),
    ("ха", 2, ("хи", "сі", "ху", "хою")),
    ("а", 1, ("и", "і", "у", "ою", "о")),  # and the vocative: "Донеччино моя"
    # a feminine noun in -нь doubles its consonant in the instrumental: Нахічевань ->
    # Нахічеванню
    ("нь", 1, ("я", "ю", "і", "ем", "ню")),
    # so does a feminine noun in -усь: Білорусь -> з Білоруссю, у Білорусі
    ("усь", 1, ("і", "сю", "ю", "я")),
    ("ь", 1, ("я", "ю", "і", "ем")),
    ("ів", 2, ("ова", "ову", "ові", "овом")),
    ("їв", 2, ("єва", "єву", "єві", "євом")),
    ("й", 1, ("ю", "я", "ї", "єм")),  # Китай -> Китаю
    ("и", 1, ("", "ам", "ами", "ах")),  # plural: Курили -> Курил, Курилами
    ("ї", 1, ("й", "ям", "ями", "ях")),  # plural: території -> територіями
    ("ьк", 0, ("а", "у", "ом")),  # Донецьк -> у Донецьку
    # The locative's consonant change: Гамбург -> у Гамбурзі, Кременчук -> у Кременчуці.
    ("г", 1, ("га", "гу", "зі", "гом")),
    ("к", 1, ("ка", "ку", "ці", "ком")),
    ("х", 1, ("ха", "ху", "сі", "хом")),
    ("во", 1, ("а", "у", "і", "ом")),  # Косово -> Косова, у Косові
    ("ро", 1, ("а", "у", "і", "ом")),  # Дніпро -> Дніпра, у Дніпрі
    ("", 0, ("а", "у", "і", "ом")),  # a consonant: Крим -> Криму
)
#: A vowel of the last closed syllable that alternates in the other cases: "і" -> "о"
#: (Кривий Ріг -> у Кривому Розі, Тернопіль -> Тернополя). The endings are added to both
#: stems.
CLOSED_VOWEL_ALTERNATIONS = (("і", "о"),)
#: Regional names of first-level units that no rule makes from the oblast's adjective.
UNIT_NAMES = (
    ("AZ-SUS", "Шуша"), ("AZ-LAC", "Лачин"), ("AZ-KAL", "Кельбаджар"), ("AZ-AGM", "Агдам"),
    ("UA-07", "Волинь"), ("UA-21", "Закарпаття"), ("UA-26", "Прикарпаття"),
    # Short names of units whose ISO name is long ("Сіньцзян-Уйгурський автономний район").
    ("CN-XJ", "Сіньцзян"), ("CN-XZ", "Тибет"), ("MD-BD", "Бендери"),
    # Syrian governorates by their news names (not those a bare name means the city of)
    ("SY-HA", "Хасаке"), ("SY-RD", "Риф-Дамаск"),
    # Names the ISO catalogue gets wrong (it gives Krasnoyarsk Krai Krasnodar's name, the
    # state of Georgia the country's).
    ("RU-KDA", "Краснодарський край"), ("RU-KYA", "Красноярський край"),
    ("US-GA", "Джорджія"),
    # Russian regions by their regional names, which no rule makes from a krai's or an
    # irregular adjective, and Tuva's Ukrainian name
    ("RU-STA", "Ставропольщина"), ("RU-PER", "Прикам'я"), ("RU-PRI", "Примор'я"),
    ("RU-VOR", "Воронежчина"), ("RU-TY", "Тива"),
)  # fmt: skip
#: ISO 3166-2 codes whose translation in pycountry's catalogue names another unit.
WRONG_TRANSLATIONS = ("RU-KYA", "US-GA")
#: How a regional name is made from an oblast's adjective ("Сумська" -> "Сумщина").
REGIONAL_NAMES = (("цька", "ччина"), ("ська", "щина"))
#: Official names made from the country's adjective that pycountry's catalogue lacks (it
#: gives "Республіка Кіпр"), as (name, ISO alpha-3); their case forms are made.
ADJECTIVE_COUNTRY_NAMES = (
    ("Кіпрська Республіка", "CYP"), ("Азербайджанська Республіка", "AZE"),
    ("Французька Республіка", "FRA"), ("Італійська Республіка", "ITA"),
    ("Турецька Республіка", "TUR"), ("Чеська Республіка", "CZE"),
    ("Словацька Республіка", "SVK"), ("Литовська Республіка", "LTU"),
    ("Латвійська Республіка", "LVA"), ("Естонська Республіка", "EST"),
    ("Киргизька Республіка", "KGZ"), ("Ліванська Республіка", "LBN"),
    ("Єменська Республіка", "YEM"), ("Туніська Республіка", "TUN"),
    ("Португальська Республіка", "PRT"), ("Аргентинська Республіка", "ARG"),
    ("Іракська Республіка", "IRQ"), ("Вірменська Республіка", "ARM"),
)  # fmt: skip
#: Formal names that the name tables lack, as (name, ISO alpha-3).
FORMAL_COUNTRY_NAMES = (
    ("КНР", "CHN"),  # the People's Republic
    # case forms the endings cannot make: a fleeting vowel ("Єгипет" -> "Єгипту"), a
    # name too short for them ("Чад" -> "Чаду")
    ("Єгипту", "EGY"), ("Єгипті", "EGY"), ("Єгиптом", "EGY"),
    ("Чаду", "TCD"), ("Чаді", "TCD"), ("Чадом", "TCD"),
    ("КНДР", "PRK"),
    # Serbia's name of Kosovo (RS-KM, Kosovo here) in its cases
    ("Косово і Метохія", "XKX"), ("Косово і Метохії", "XKX"), ("Косово і Метохію", "XKX"),
    ("Косово і Метохією", "XKX"), ("Косово та Метохія", "XKX"), ("Косово та Метохії", "XKX"),
    ("Російська Федерація", "RUS"),
    ("РФ", "RUS"),
    ("Російської Федерації", "RUS"),
    ("Російській Федерації", "RUS"),
    ("Російську Федерацію", "RUS"),
    ("Російською Федерацією", "RUS"),
    ("Сполучені Штати Америки", "USA"),
    ("Сполучених Штатів Америки", "USA"),
    ("Сполученим Штатам Америки", "USA"),
    ("Сполучені Штати", "USA"),
    ("Сполучених Штатів", "USA"),
    ("Сполученим Штатам", "USA"),
    ("Сполученими Штатами", "USA"),
)
#: Names of the named areas (ids as in the boundaries data's areas table, without
#: "area:"), beside those the data ships; their case forms are made as for any name.
AREA_NAMES = (
    ("kuril-islands", "Північні території"),
    ("donbas", "Донбас"), ("crimean-peninsula", "Кримський півострів"),
    ("kashmir", "Кашмір"), ("aksai-chin", "Аксайчин"), ("aksai-chin", "Аксай-Чин"),
    ("shaksgam-valley", "Шаксгам"), ("golan-heights", "Голанські висоти"),
    ("golan-heights", "Голанських висот"), ("golan-heights", "Голанських висотах"),
    ("east-jerusalem", "Східний Єрусалим"), ("west-bank", "Західний берег"),
    ("gaza-strip", "Сектор Газа"), ("northern-cyprus", "Північний Кіпр"),
    ("somaliland", "Сомаліленд"), ("south-ossetia", "Південна Осетія"),
    ("south-ossetia", "Цхінвальський регіон"), ("nagorno-karabakh", "Нагірний Карабах"),
    ("nagorno-karabakh", "Арцах"), ("nagorno-karabakh", "Карабах"),
    ("transnistria", "Придністров'я"),
    ("transnistria", "Придністров’я"), ("transnistria", "Придністровʼя"),
    ("essequibo", "Ессекібо"), ("abyei", "Аб'єй"), ("halaib-triangle", "Халаїбський трикутник"),
    ("west-bank", "Західному березі"), ("west-bank", "Західного берега"),
    ("kuril-islands", "Південні Курили"), ("kuril-islands", "Південних Курил"),
    ("kuril-islands", "Південних Курилах"), ("kuril-islands", "Курильські острови"),
    ("kuril-islands", "Курильських островів"), ("kuril-islands", "Курильських островах"),
)  # fmt: skip
#: Names of capitals that news uses for governments, by their English name in
#: geoclaims/text/data/capitals.csv.
CAPITAL_NAMES = (
    ("Washington", "Вашингтон"), ("Brussels", "Брюссель"), ("Baku", "Баку"),
    ("Yerevan", "Єреван"), ("Belgrade", "Белград"), ("Abu Dhabi", "Абу-Дабі"),
    ("Chisinau", "Кишинів"), ("Chisinau", "Кишинева"), ("Taipei", "Тайбей"),
    ("Tbilisi", "Тбілісі"), ("Beijing", "Пекін"), ("Tokyo", "Токіо"), ("Ankara", "Анкара"),
    ("Tehran", "Тегеран"), ("Minsk", "Мінськ"), ("Warsaw", "Варшава"), ("Berlin", "Берлін"),
    ("Paris", "Париж"), ("London", "Лондон"), ("Budapest", "Будапешт"),
    ("Bucharest", "Бухарест"), ("New Delhi", "Нью-Делі"), ("Islamabad", "Ісламабад"),
    ("Pristina", "Приштина"), ("Nicosia", "Нікосія"), ("Rabat", "Рабат"),
    ("Caracas", "Каракас"), ("Georgetown", "Джорджтаун"), ("Cairo", "Каїр"),
    ("Khartoum", "Хартум"), ("Damascus", "Дамаск"), ("Jerusalem", "Єрусалим"),
    ("Sukhumi", "Сухумі"), ("Tskhinvali", "Цхінвалі"), ("Tiraspol", "Тирасполь"),
)  # fmt: skip
#: Words near a bare name of a province and its capital that make it the province.
PROVINCE_CUES = (
    r"окуп\w*", r"анекс\w*", r"контрол\w*", r"звільн\w*", r"референдум\w*", r"відсот\w*",
    r"област\w*", r"регіон\w*", r"квадратн\w*", r"ексклав\w*", r"губернатор\w*",
)  # fmt: skip
#: The cues above that make a national capital's name its province (see en.MEASURE_CUES).
MEASURE_CUES = (
    r"відсот\w*", r"област\w*", r"регіон\w*", r"квадратн\w*", r"ексклав\w*",
    r"губернатор\w*",  # "за словами губернатора Кубані": a province has a governor
)

#: Words after a place name that make it part of the name of a treaty or an institution
#: ("Мінські угоди", "Стамбульська конвенція").
INSTITUTION_AFTER = (
    r"угод\w*", r"домовленост\w*", r"конвенці\w*", r"формат\w*", r"протокол\w*",
    r"університет\w*", r"патріархат\w*", r"меморандум\w*",
    # "голова Луганської ОВА": an oblast's military or state administration, its council
    r"ова", r"ода", r"вца", r"облрад\w*",
    # "в Сумській обласній військовій адміністрації", "Херсонської обласної ради"
    r"обласн\w+",
)  # fmt: skip

QUALIFIERS = {
    "nearly": ("майже", "чи не", "наближається до", "наближалася до", "наближався до"),
    "about": ("приблизно", "близько", "орієнтовно", "майже що", "ближче до"),
    "more_than": ("понад", "більше ніж", "більш ніж", "більше за", "більша за", "більший за",
                  "значно більше", "набагато більше", "значно понад", "далеко понад",
                  "більш як", "більше як",
                  "більше", "трохи більше ніж", "трохи більше", "перевищує", "перевищують",
                  "перевищила", "перевищив", "перевищувала", "перевищував",
                  "перевищували", "перевищило", "перевищили", "перевищувало"),
    "less_than": ("менше ніж", "менш ніж", "менш як", "менше як", "менше", "трохи менше",
                  "значно менше", "набагато менше",
                  # "загальна площа суходолу там менша за 8 км²"
                  "менша за", "менший за", "менше за"),
    "at_least": ("щонайменше", "принаймні", "не менше ніж", "не менше"),
    "up_to": ("аж до", "до", "не більше ніж", "не більш ніж", "не більш як", "не більше як",
              "не перевищує", "не перевищують", "не перевищувала", "не перевищував",
              # "площа ... не перевищила 500 кв. км": did not exceed, at most
              "не перевищувало", "не перевищували", "не перевищила", "не перевищив",
              "не перевищило", "не перевищили",
              "не більше",
              # "може сягати 1,5 тис. кв. км": may reach, at most
              "може сягати", "можуть сягати", "може досягати", "може сягнути",
              "може становити"),
    "exactly": ("рівно", "точно"),
}
#: Number words (stems; any case ending may follow).
NUMBER_WORDS = {
    "один": 1, "одна": 1, "одну": 1, "одного": 1, "однієї": 1, "дв": 2, "три": 3, "чотир": 4,
    "трьох": 3, "трьом": 3,  # "близько трьох тисяч", "трьома"
    "п'ят": 5, "шіст": 6,
    "сім": 7, "вісім": 8, "дев'ят": 9, "десят": 10, "двадцят": 20, "тридцят": 30,
    "сорок": 40, "п'ятдесят": 50, "сто": 100, "одинадцят": 11, "дванадцят": 12,
    "тринадцят": 13, "чотирнадцят": 14, "п'ятнадцят": 15, "шістнадцят": 16, "сімнадцят": 17,
    "вісімнадцят": 18, "дев'ятнадцят": 19, "шістдесят": 60, "сімдесят": 70, "вісімдесят": 80,
    "дев'яност": 90,
    "півтор": 1.5,  # "півтори тисячі", "близько півтора тисячі"
    "пів": 0.5,  # "менше ніж пів відсотка"
    # hundreds, in every case: "понад двісті тисяч", "близько трьохсот"
    "ста": 100, "двіст": 200, "двохсот": 200, "трист": 300, "трьохсот": 300,
    "чотирист": 400, "чотирьохсот": 400, "п'ятсот": 500, "п'ятисот": 500, "шістсот": 600,
    "шестисот": 600, "сімсот": 700, "семисот": 700, "вісімсот": 800, "восьмисот": 800,
    "дев'ятсот": 900, "дев'ятисот": 900,
}  # fmt: skip
#: Magnitude words after a number or alone ("понад тисячу квадратних кілометрів").
MAGNITUDES = {r"тис\.|тис(?!\w)|тисяч\w*": 1e3, r"млн\.?|мільйон\w*": 1e6, r"півмільйон\w*": 5e5}
#: Fraction words and their value in per cent; no "of" is needed ("чверть території").
FRACTIONS = {
    r"третин\w*|трет[ьи]": 100 / 3,
    r"чверт[ьі]|чверт\w*": 25.0,
    r"половин\w*": 50.0,
    r"п['’ʼʹ]?ят(?:а|у|ої|ою)\s+частин\w*": 20.0,
    r"десят(?:а|у|ої|ою)\s+частин\w*": 10.0,
    r"шост(?:а|у|ої|ою)\s+частин\w*": 100 / 6,
    r"восьм(?:а|у|ої|ою)\s+частин\w*": 12.5,
    r"двадцят(?:а|у|ої|ою)\s+частин\w*": 5.0,
    r"двадцят\w*\s+п['’ʼʹ]?ят(?:а|у|ої|ою)\s+частин\w*": 4.0,  # "двадцять п'яту частину"
    # "одну п'яту території": the fraction without its noun, after "одна"
    r"одн(?:а|у|ієї|ією)\s+п['’ʼʹ]?ят(?:а|у|ої|ою)": 20.0,
    r"одн(?:а|у|ієї|ією)\s+десят(?:а|у|ої|ою)": 10.0,
    r"одн(?:а|у|ієї|ією)\s+шост(?:а|у|ої|ою)": 100 / 6,
    r"одн(?:а|у|ієї|ією)\s+восьм(?:а|у|ої|ою)": 12.5,
    r"одн(?:а|у|ієї|ією)\s+двадцят(?:а|у|ої|ою)": 5.0,
}
#: Fraction words said only after a numerator above one ("чотирьох п'ятих території"):
#: alone, "п'ятих" is an ordinal ("п'ятих класів").
FRACTIONS_AFTER_NUMERATOR = {
    r"п['’ʼʹ]?ят(?:их|им|ими|і)": 20.0,
    r"десят(?:их|им|ими|і)": 10.0,
    r"восьм(?:их|им|ими|і)": 12.5,
}
#: Numerators before a fraction word ("дві третини", "чотири п'ятих").
NUMERATORS = {
    "дві": 2, "двох": 2, "двома": 2, "три": 3, "трьох": 3, "чотири": 4, "чотирьох": 4,
    "сім": 7, "семи": 7,
}  # fmt: skip
RANGE_OPENERS = ("від", "між")
RANGE_JOINERS = ("до", "і", "та")
PERCENT = (r"відсот\w*", r"відс\.", r"процент\w*", r"проц\.")
# ("27 тис. кв. кілометрів", "27 тис. км кв.")
KM2 = (
    r"кв\.?\s*км\.?", r"квадратн\w+\s+кілометр\w*", r"квадратн\w+\s+км\.?(?!\w)",
    r"кв\.\s*кілометр\w*", r"км\s+кв\.?(?!\w)",
)
MI2 = (r"квадратн\w+\s+мил\w*", r"кв\.\s*мил\w*")
HA = (r"гектар\w*", r"га")
ACRE = (r"акр\w*",)
M2 = (r"квадратн\w*\s+метр\w*", r"кв\.\s*м(?![\w.])", r"м²")
OF_WORDS = ("від",)
TERRITORY = (r"територі\w*", r"площ\w*", r"суш\w*", r"зон[иіуа]\w*")
DEMONYMS = {
    "українськ": "UKR", "російськ": "RUS", "грузинськ": "GEO", "молдовськ": "MDA",
    "азербайджанськ": "AZE", "вірменськ": "ARM", "сирійськ": "SYR", "ізраїльськ": "ISR",
    "палестинськ": "PSE", "кіпрськ": "CYP", "індійськ": "IND", "пакистанськ": "PAK",
    "китайськ": "CHN", "сербськ": "SRB", "японськ": "JPN", "білоруськ": "BLR",
    "гаянськ": "GUY", "марокканськ": "MAR", "сомалійськ": "SOM", "суданськ": "SDN",
    "нідерландськ": "NLD", "голландськ": "NLD", "бельгійськ": "BEL", "мексиканськ": "MEX",
    "американськ": "USA", "канадськ": "CAN", "іранськ": "IRN", "іракськ": "IRQ",
    "афганськ": "AFG", "нігерійськ": "NGA", "ефіопськ": "ETH", "іспанськ": "ESP",
    "італійськ": "ITA", "французьк": "FRA", "британськ": "GBR", "турецьк": "TUR",
    "аргентинськ": "ARG", "бразильськ": "BRA", "австралійськ": "AUS",
}  # fmt: skip
#: Words before a capital's name (in the genitive) that make it the place, not its
#: government ("в районі Києва", "мешканці Києва", "удар по Києву").
PLACE_NOUNS_BEFORE = (
    r"район\w*", r"околиц\w*", r"передмiст\w*", r"передмісті\w*", r"мер\w?",
    r"мешканц\w*", r"жител\w*", r"вулиц\w*", r"центр\w*", r"небом", r"небо", r"над",
    r"ракет\w*", r"удар\w*", r"атак\w*", r"обстріл\w*", r"площ\w*", r"візит\w*\s+(?:до|в|у)",
    r"поїздк\w*\s+(?:до|в|у)",
    # a place fallen, retaken, stormed or held: "після падіння Дамаска", "утримує Хартум"
    r"падінн\w*", r"відвоюванн\w*", r"взятт\w*", r"звільненн\w*", r"штурм\w*", r"облог\w*",
    r"утриму\w*",
    # taken, regained, cut off: "захопила Дамаск", "повернула собі Хартум", "у блокаді
    # Бамако"
    r"захопил\w*", r"повернул\w*\s+собі", r"блокад\w*",
    # people in a place: "українські чиновники в Києві наголошують"
    r"(?:чиновник|посадовц|посадовиц|дипломат|журналіст|кореспондент)\w*\s+(?:в|у)",
)  # fmt: skip
#: A plural verb or participle of holding before a capital, which cannot be its subject:
#: the capital is the ground held ("хусити контролюють Сану", "контролюючи Сану").
PLACE_HELD_BY_PLURAL_BEFORE = (
    r"контролю(?:ють|юч\w*)", r"утриму(?:ють|юч\w*)", r"окупу(?:ють|юч\w*)",
    r"захопили", r"зайняли", r"взяли",
)  # fmt: skip
#: Words after a share that make it a share of people, not of land ("75% українців").
NOT_TERRITORIAL_AFTER = (
    r"українців", r"росіян",
    # a people of a country, not its ground: "близько 70% єменців", "менше 1% єгиптян"
    r"[а-яіїєґ'’]{3,}(?:ців|ян)", r"опитаних", r"респондентів", r"учасників", r"виборців",
    r"голосів", r"проголосувал\w*", r"голосувал\w*", r"підтримал\w*",
    r"тих,?\s+хто\s+(?:про)?голосува\w*", r"населення", r"жителів", r"мешканців",
    r"громадян", r"людей",
    # staff and soldiers, not land: "понад половина працівників станції"
    r"працівник\w*", r"співробітник\w*", r"персонал\w*", r"військов\w*", r"бійц\w*",
    r"дітей", r"жінок", r"чоловіків", r"біженц\w*", r"переселенц\w*",
    # money, not land: "12% регіонального бюджету"
    r"(?:[а-яіїєґ'’]+\s+)?(?:бюджет\w*|видатк\w*|доход\w*|коштів)",
    r"остр[оі]в['’ʼ]?ян", r"[«\"„“]за[»\"“”]",
    # buildings, not land: "пошкоджено понад 90% житлових будинків"
    r"житлов\w*", r"будинк\w*", r"будівел\w*", r"будівл\w*", r"інфраструктур\w*",
    # "відновила понад 90% пошкодженого житла"
    r"(?:[а-яіїєґ'’]+\s+)?(?:житла|житло|житлом|помешкан\w*|квартир\w*)",
    # capacity and output, not land: "понад 40% металургійних потужностей"
    r"(?:[а-яіїєґ'’]+\s+)?(?:потужност\w*|виробництв\w*|експорт\w*|імпорт\w*|торгівл\w*|ввп)",
    # energy and resources: "до 80% електроенергії", "половину нафти"
    r"(?:[а-яіїєґ'’]+\s+)?(?:електроенергі\w*|енергі\w*|електрик\w*|нафт\w*|вугілл\w*|"
    r"пшениц\w*|зерна|врожа\w*|запас\w*)",
    # states that recognise a state, not land: "близько половини держав — членів ООН"
    r"держав", r"країн", r"членів",
)  # fmt: skip
#: Verbs whose subject, when a capital, is its government ("Київ відкинув пропозицію").
METONYM_VERBS = (
    r"заяв\w*", r"відкин\w*", r"відхил\w*", r"наполяга\w*", r"наполі\w*", r"вимага\w*",
    r"звинувачу\w*", r"звинуват\w*", r"погод\w*", r"відмов\w*", r"оголос\w*", r"засуд\w*",
    r"запереч\w*", r"визна\w*", r"вважа\w*", r"попереди\w*", r"попереджа\w*", r"назва\w*",
    r"називає", r"хоче", r"прагне", r"контролю\w*", r"окупува\w*", r"анексува\w*",
    r"відповів", r"відповіла", r"повідоми\w*", r"підписа\w*",
    r"пригроз\w*", r"погрож\w*", r"закли\w*", r"підтрима\w*", r"звернув\w*",
    r"обмін\w*", r"обміня\w*",
)  # fmt: skip
#: The same verbs before their subject ("заявив Київ"): word order is free.
#: Nouns before a capital in the genitive that make it the government ("вимогу Москви").
METONYM_NOUNS = (
    r"вимог\w*", r"контрол\w*", r"позиці\w*", r"рішенн\w*", r"політик\w*", r"тиск\w*",
    r"посередництв\w*", r"уряд\w*", r"пропозиці\w*",
)  # fmt: skip
#: Words before a capital that make it the recipient or the source of an act of state
#: ("передав Москві", "за даними Києва", "вимагає від Москви").
METONYM_CUES_BEFORE = (
    r"переда\w*", r"відда\w*", r"пообіця\w*", r"обіця\w*", r"за\s+даними",
    r"на\s+думку", r"з\s+боку", r"вимага\w*\s+(?:\w+\s+)?від",
    # "переговори між Баку та Єреваном", "угода між Дамаском і СДС"
    r"(?:переговор\w*|відносин\w*|угод\w*|договор\w*|діалог\w*|контакт\w*|війн\w*|"
    r"суперечк\w*|спор\w*|конфлікт\w*|протистоянн\w*|співпрац\w*)\s+між",
    r"керу\w*\s+з",  # "керуються з Тайбея": the seat of a government
    r"для",  # "для Києва це окуповані території": the government's view
    r"залеж\w*\s+(?:\w+\s+)?від",  # "повністю залежить від Москви": its subsidies
    r"зверну\w*\s+до", r"зверта\w*\s+до",  # "звернувся до Москви з проханням": an appeal
    r"розраховує\s+на", r"розраховують\s+на", r"орієнту\w*\s+на",  # "розраховує на Москву"
    # "про нові вимоги до Києва": demands made of a government
    r"(?:вимог|претензі|ультиматум|заклик)\w*\s+до",
    # "Тирасполь просить допомоги в Москви": help asked of a government
    r"(?:допомог|підтримк|грош|кредит|захист)\w*\s+(?:у|в)",
)  # fmt: skip
METONYM_BEFORE = METONYM_VERBS + METONYM_NOUNS + METONYM_CUES_BEFORE
#: More verbs of saying, and the plural ending, that make "у <capital>" with no subject
#: its government ("У Москві ці цифри не коментують", "в Тбілісі називають").
METONYM_IMPERSONAL = (
    # what a government discusses: "у Вашингтоні обговорюють", "в Вашингтоне обсуждают"
    r"обговорю\w*", r"обговори\w*", r"розгляда\w*", r"обмірковую\w*",
    r"комент\w*", r"спросту\w*", r"наголоси\w*", r"наголошу\w*", r"зазнач\w*",
    r"запевня\w*", r"назива\w*", r"говор\w*", r"утрима\w*", r"стверджу\w*",
    r"відповіл\w*",
    # what a government thinks or fears: "у Києві розуміють", "у Москві побоюються"
    r"розумі\w*", r"вважа\w*", r"побоюю\w*", r"сприйма\w*", r"розціню\w*",
    r"сподіва\w*", r"наполяга\w*",
    # what a government protests: "У Токіо висловили протест"
    r"висловил\w*", r"висловлю\w*", r"протест\w*",
    # what a government puts forward: "у Москві висунули нові вимоги"
    r"висунул\w*", r"висува\w*",
    # what a government recalls, explains or offers: "у Тбілісі нагадали"
    r"нагада\w*", r"нагаду\w*", r"поясни\w*", r"поясню\w*", r"уточни\w*", r"запевни\w*",
    r"запропонува\w*", r"пропону\w*",
    # what a government welcomes, criticises or decides: "у Баку привітали", "у Тбілісі
    # підкреслюють", "у Каракасі призначили «губернатора»"
    r"привіта\w*", r"віта\w*", r"схвали\w*", r"схвалю\w*", r"критику\w*",
    r"розкритикува\w*", r"обури\w*", r"обурю\w*", r"підкреслю\w*", r"підкресли\w*",
    r"признач\w*", r"відреагува\w*", r"реагу\w*", r"зажада\w*",
    # what a government reports, convenes or estimates: "у Москві звітували", "у Бухаресті
    # скликали засідання"
    r"звітува\w*", r"звіту\w*", r"склика\w*", r"оціню\w*", r"оцінил\w*",
    # what a government recalls, promises or answers: "у Москві знову згадали"
    r"згада\w*", r"згаду\w*", r"обіця\w*", r"пообіця\w*", r"відповіда\w*",
)
METONYM_PLURAL_END = (r"(?:ли|ють|ять)(?:ся|сь)?",)
#: Words that may stand between such a capital and its verb ("Москва не признаёт").
METONYM_AUX = ("не", "ні", "вже", "також", "досі", "ніколи", "теж", "нібито", "це")
#: Stems of compass adjectives: a name that is one of them alone ("Південна", "Північної")
#: is the adjective of a longer name ("Південна Бессарабія"), never the unit translated so.
COMPASS_STEMS = ("південн", "північн", "західн", "східн", "центральн")


#: Verbs that say what a figure measures (stems; see geoclaims.check).
FIGURE_VERBS = {
    "regained": r"звільн\w*|відвоюва\w*|деокупува\w*|деокупов\w*|повернул\w*\s+під\s+контроль",
    "held": (
        r"окуп\w*|контрол\w*|утриму\w*|захопи\w*|захопл\w*|окупован\w*|"
        # "зайнявши понад 1000 кв. км", "зайняли": taken (not "займає", its size)
        r"зайня\w*|взял\w*|взят\w*|"
        r"під\s+контролем|під\s+окупацією|втрати\w*|втрачен\w*|управля\w*|адміністру\w*"
    ),
    "claimed": r"анекс\w*|приєдна\w*|визна\w*|претенду\w*",
    "whole": r"станов\w*|склада\w*|займа\w*|охоплю\w*",
}

#: Month names in datelines ("24 лютого 2025"): genitive and nominative, and their numbers.
MONTHS = {
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6,
    "липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    "січень": 1, "лютий": 2, "березень": 3, "квітень": 4, "травень": 5, "червень": 6,
    "липень": 7, "серпень": 8, "вересень": 9, "жовтень": 10, "листопад": 11, "грудень": 12,
    # "у березні 2022 року": the month a figure is dated to
    "січні": 1, "лютому": 2, "березні": 3, "квітні": 4, "травні": 5, "червні": 6,
    "липні": 7, "серпні": 8, "вересні": 9, "жовтні": 10, "листопаді": 11, "грудні": 12,
}  # fmt: skip

#: Everyday nouns that are case forms of a place's name, matched bare only with a cue:
#: "Колона рухалася" is a column of vehicles, not Colón.
COMMON_NOUNS = (
    "колона", "колону", "колоною", "колони",
    # "саванна" is grassland (and Savannah, Georgia), not Mauritius's Savanne district
    "саванна", "саванну", "саванни", "саванні", "саванною",
    # "Решта території", "Решту утримує": the rest, not Rasht (Решт)
    "решта", "решту", "решти", "решті", "рештою",
)  # fmt: skip

#: Football clubs named before their town ("Шахтар Донецьк", "Динамо Київ", "Зоря
#: Луганськ"): the town is part of the club's name. Plain words, matched whole.
CLUB_WORDS = ("шахтар", "шахтаря", "динамо", "зоря", "зорі", "карпати", "дніпро-1", "металіст")

#: After a capital: what makes it the place, not its government ("Київ зазнав атаки").
PLACE_AFTER = (
    r"(?:знову\s+|вкотре\s+)?(?:зазнав|зазнала|зазнає|потрапив\s+під\s+удар|"
    r"опинився\s+під\s+ударом|залишився\s+без\s+світла)\b",
)
