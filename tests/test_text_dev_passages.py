"""Development passages: news-style sentences labelled apart from the matcher.

tests/data/dev_passages.jsonl was written by someone who had not read the matcher, in the
held-out set's label scheme (see tests/text_scoring.py), mostly about disputes outside
Ukraine. Unlike the held-out set it is a development set: its failures may be read and
its kinds of fault fixed. Figures are printed with their counts. The bar is the held-out
set's: precision and recall >= 0.95 on regions, entities and areas, >= 90% of claims exact
(before the rules that generalise: 0.740 / 0.898 and 55% on its first 147 rows).

tests/data/dev_passages_2.jsonl is a second such set (254 rows, about half on disputes
outside Ukraine), written blind after the first had been fitted. Its rows about Ukraine
have rules starting "ukraine/". Before any rule was fitted to it, it scored precision 0.841,
recall 0.900 on regions, entities and areas, and 126/150 (84%) claims exact; after the
kinds of fault it showed were fixed, 0.923 / 0.926; with the kinds of the third set,
0.957 / 0.970 and 135/150 (90%).

tests/data/dev_passages_3.jsonl is a third such set (217 rows, more than half outside
Ukraine, in the style of encyclopedia articles and wire copy with datelines), written
blind once the second had been fitted. Before any rule was fitted to it, it scored
0.816 / 0.829 and 143/167 (86%) claims exact; its bar is where the fixes of its kinds
brought it. It labels a generic word shared by a list ("the Donetsk and Luhansk
oblasts") on no name, where the other sets put it on the last one, as the matcher does.

An area figure "in X" (also "у X", "в X") is labelled as a part of X, as the first set
does; two Cyrillic rows of the second and third sets that gave it no whole were relabelled.

tests/data/dev_passages_4.jsonl (200 rows: live blogs, wire copy with datelines,
fact-checks, history paragraphs) and tests/data/dev_passages_5.jsonl (200 rows: think-tank
reports, encyclopedia leads, explainers, 106 outside Ukraine from Africa to the Caucasus)
were written blind together with the fourth held-out set. Before any rule was fitted to
them they scored 0.901 / 0.907 with 86% of claims exact, and 0.885 / 0.850 with 89%; the
fifth was scored 0.914 / 0.897 after the fourth's kinds were fixed and before its own.
Their bars are where the fixes of their kinds brought them.

tests/data/dev_passages_6.jsonl (150 rows, two thirds on disputes outside Ukraine, 194
claims) and tests/data/dev_passages_7.jsonl (150 rows: 50 Ukrainian, 45 Russian, 55
English) were written blind later still. Their labels were brought to the sets' scheme
mechanically before any rule was fitted: qualifier names ("more_than", "less_than",
"nearly"), a city that is a first-level unit of city type labelled as that unit, a unit's
own code where the writer gave its parent's (Erbil, not the Kurdistan Region), Abkhazia,
Western Sahara and Kosovo as the data has them. So brought, they scored 0.892 / 0.862 with
79% of claims exact and 0.922 / 0.898 with 73%; their bars are where the fixes of their
kinds brought them.

tests/data/dev_passages_8.jsonl (130 rows: encyclopedia leads on disputes worldwide,
analysis and fact-checks of the war, 40 in Ukrainian and Russian) was written blind after
those two had been fitted, and its labels brought to the scheme the same way. Before any
rule was fitted to it, it scored 0.924 / 0.827 with 78% of claims exact.

tests/data/dev_passages_9.jsonl (150 rows: wire copy, UN statements, fact-checks,
encyclopedia leads; 86 outside Ukraine, 50 in Ukrainian and Russian) and
tests/data/dev_passages_10.jsonl (130 rows: features, op-eds, NGO reports, Telegram-style
bulletins; 83 outside Ukraine, 42 in Ukrainian and Russian) were written blind later
still, their labels brought to the scheme mechanically (the Falkland Islands as the
country FLK, the Kurdistan Region as IQ-KR). At the release before them they scored
0.898 / 0.815 with 88% of claims exact and 0.905 / 0.764 with 77%. The ninth set's
failures were read and some of its kinds fixed; the tenth's were not, so its figures
then (0.906 / 0.805, 76%) were what those fixes gave text they were not fitted to. The
tenth's failures were read next and some of its kinds fixed (0.927 / 0.812, 80%).

tests/data/dev_passages_11.jsonl (150 rows: wire copy with datelines, UN and government
statements, court rulings, encyclopedia leads, fact-checks; 92 outside Ukraine, 50 in
Ukrainian and Russian, 199 figures) and tests/data/dev_passages_12.jsonl (150 rows:
op-eds, think-tank analysis, live blogs, transcripts, Telegram-style bulletins,
speeches; 98 outside Ukraine, 50 in Ukrainian and Russian, 200 figures) were written
blind later still, their labels brought to the scheme the same way. Their failures have
not been read: at the release before them they scored 0.870 / 0.785 with 81% of claims
exact and 0.860 / 0.761 with 80%; after the kinds the tenth set showed were fixed,
0.870 / 0.785 with 82% and the same 0.860 / 0.761 with 80%. Of their 71 and 83 missed
mentions, 30 and 39 were named areas the data drew no boundary for (Shebaa Farms, Area
C, Snake Island, Doklam...). The named places without a boundary (a list drawn up after
seeing which such names the tenth to twelfth sets label, so no unfitted measure of that
step) brought them to 0.880 / 0.864 with 82% and 0.865 / 0.830 with 79%. Their labels
were then brought to the scheme like the others' (a unit that is a whole country, such
as Western Sahara or Gibraltar, is the country), and the scoring counts an area by any
of its English names and an area that is an ISO 3166-2 subdivision (Scotland) as that
region (and a unit named like its country, Western Sahara, as the country; a
possessive's "'s" inside the span, as the other sets have it): so scored, 0.900 / 0.841
with 83% and 0.896 / 0.802 with 80% at the release before them. Their failures were read
next and kinds of them fixed: 0.911 / 0.931 with 90% and 0.907 / 0.881 with 86%.

tests/data/dev_passages_13.jsonl (150 rows of mixed news genres on disputes worldwide;
106 outside Ukraine, 50 in Ukrainian and Russian, 195 figures) was written blind after
the named places: so scored, 0.884 / 0.718 with 75% of claims exact at the release
before it, 0.893 / 0.806 with 75% when it was added unread. Its failures were read in
the next release and kinds of them fixed.

tests/data/dev_passages_14.jsonl and tests/data/dev_passages_15.jsonl (150 rows each, of
mixed genres, written blind from the same brief by writers who had not read the matcher,
their labels brought to the scheme the same way) scored 0.897 / 0.813 with 84% and
0.927 / 0.901 with 89% before any rule was fitted to them. The fourteenth's failures
were read first (0.922 / 0.922 with 90%), while the fifteenth, unread, went to
0.931 / 0.916 with 89%; the fifteenth's were read in the release after.

tests/data/dev_passages_16.jsonl (150 rows, 109 outside Ukraine, 52 in Ukrainian and
Russian, 227 figures) was written blind the same way, its labels brought to the scheme
mechanically (Abkhazia and Republika Srpska as regions; Transnistria, South Ossetia,
Northern Cyprus, Somaliland, Puntland and Ambazonia as named areas; a fraction's share
to two decimals, a third being 33.33). Unread, it scored 0.890 / 0.908 with 88.5% at the
release before it and 0.894 / 0.912 with 88.5% once the fifteenth's kinds were fixed;
its failures were read next. Many of those left are capitals its writer labels as cities
where the other sets label the unit a capital city is (KYIV, TBILISI, Washington); they
are left as the other sets have them.

tests/data/dev_passages_17.jsonl (150 rows, 102 outside Ukraine, 56 in Ukrainian and
Russian, 245 figures) was written blind later, on less obvious places and genres
(parliament transcripts, court rulings, threads, textbook paragraphs), its labels brought
to the scheme the same way (South Ossetia also as a named area). Unread, it scored
0.875 / 0.814 with 82.4% at the release before it, and 0.873 / 0.814 with 82.4% once the
sixteenth's kinds were fixed: those fixes did nothing for it. Its failures were read
next; many of its misses are named places the data has no boundary for (Kowloon, Unguja,
Heglig, the Green Line...).

tests/data/dev_passages_18.jsonl (150 rows, 97 outside Ukraine, 52 in Ukrainian and
Russian, 229 figures) was written blind the same way, on less obvious disputes (Hala'ib,
Kalapani, Cabinda, Kokang, Bougainville, Hans Island...) with typographic quirks, its labels
brought to the scheme the same way (Palestinian and Somaliland cities to the units the data
has; "Guayana Esequiba" as the Essequibo). Unread, it scored 0.867 / 0.820 with 90.0% at the
release before last and 0.863 / 0.886 with 89.5% at the release before it; its failures
were read next.

tests/data/dev_passages_19.jsonl (150 rows, 97 outside Ukraine, 52 in Ukrainian and
Russian, 234 figures) was written blind the same way, as text pasted into a fact-checking
tool (newsletters, map captions, transcripts, parliamentary questions) with units under
their local words (oblys, kraj, departamento), labels brought to the scheme the same way.
Unread, it scored 0.851 / 0.761 with 77.4% two releases before, 0.869 / 0.863 with 79.1%
at the release before, and 0.876 / 0.879 with 79.1% once the eighteenth's kinds were
fixed; its failures were read next. Its writer gives an area held the whole it is part of
("Russia holds about 116,000 km²" of Ukraine) where most sets give none.

tests/data/dev_passages_20.jsonl (150 rows, 131 outside Ukraine, 52 in Ukrainian and
Russian, 235 figures) was written blind the same way, leaning to Africa, Asia, the Americas
and the Antarctic claims, its labels brought to the scheme the same way (Azawad as the named
area, Palawan as its province). Unread, it scored 0.856 / 0.801 with 83.4% at the release
before and 0.866 / 0.818 with 83.4% once the twenty-first set's kinds were fixed; its
failures were read next. Its writer labels national capitals' datelines as the cities.

tests/data/dev_passages_21.jsonl (150 rows, 104 outside Ukraine, 83 in Ukrainian and
Russian, 204 figures) was written blind the same way, leaning to the Caucasus, the Balkans,
Moldova, the Middle East and Cyprus, its labels brought to the scheme the same way (an
Estonian county under its code before 2017, Dhekelia as the unit the data draws, the
Republic of Artsakh as Nagorno-Karabakh). Unread, it scored 0.869 / 0.867 with 82.4% at the
release before and 0.870 / 0.872 with 82.4% once the units newer than the boundaries were
added; its failures were read next. Its writer labels Kosovo's towns as towns where the
data draws their municipalities: a bare name there is now the town.

tests/data/dev_passages_22.jsonl (150 rows, 100 outside Ukraine, 73 in Ukrainian and
Russian, 281 figures) was written blind the same way, heavy with figures (fact-checks, data
boxes, questions and answers, corrections) and the numbers beside them that are no ground.
Unread, it scored 0.902 / 0.905 with 80.1% at the release before and 0.901 / 0.922 with
80.4% once the twentieth and twenty-first sets' kinds were fixed; its failures were read
next.

tests/data/dev_passages_23.jsonl (150 rows, 112 outside Ukraine, 53 in Ukrainian and
Russian, 229 figures) was written blind the same way, as text pasted from the web (wire
copy, live blogs, Telegram posts, threads) in its typography and its spellings (Kiev,
Kharkov, Ghazza). Unread, it scored 0.958 / 0.896 with 83.8% at the release before and
0.958 / 0.904 with 83.8% once the twenty-second set's kinds were fixed; its failures were
read next.

tests/data/dev_passages_24.jsonl (150 rows, 116 outside Ukraine, 60 in Ukrainian and
Russian, 228 figures) was written blind the same way, in the voice of academic and legal
writing on border changes past and present (treaties, partitions, annexations, rulings),
its labels brought to the scheme the same way (a Russian unit under a code ISO does not
use, RU-KUR for RU-KRS). Unread, it scored 0.920 / 0.767 with 85.1% at the release before
and 0.914 / 0.773 with 86.0% once the twenty-fifth set's kinds were fixed; its failures
were read next. Many of its misses are former states and historical regions the data
does not name (the Soviet Union, Czechoslovakia, Silesia as a historical region).

tests/data/dev_passages_25.jsonl (150 rows, 69 outside Ukraine, 70 in Ukrainian and
Russian, 217 figures) was written blind the same way, on the war's day-to-day reporting
(front-line updates by raion and hromada, control statistics, peace plans) and Russia's
other occupations. Unread, it scored 0.955 / 0.907 with 85.7% at the release before and
0.959 / 0.914 with 87.1% once the twenty-third set's kinds were fixed; its failures were
read next. Its raions and hromadas are named areas the data does not draw.

tests/data/dev_passages_26.jsonl to tests/data/dev_passages_31.jsonl were written blind
the same way, their labels brought to the scheme the same way (a self-proclaimed
administration labelled by its country's code, as Rojava in Syria, is the named area;
"Crimea" named as an area is the Crimean peninsula). Four leaned on a theme each: the
daily news wire with its namesakes, people and institutions named like places (26, 150
rows, 101 outside Ukraine, 62 in Ukrainian and Russian, 194 figures); Russian- and
Ukrainian-language media on Ukraine, the Caucasus and Central Asia (27, 150 rows, 97, 80,
194); encyclopedia and reference text with many areas and shares (28, 150 rows, 120, 54,
309); analysis, opinion and OSINT threads on ground gained and lost (29, 150 rows, 101,
60, 224). Two (30 and 31: 166 and 158 rows, 100 and 108 outside Ukraine, 50 and 63 in
Ukrainian and Russian, 148 and 223 figures) were written from the issue's own brief for
the held-out sets: news sentences with several places each and every kind of fault the
issue lists. Unread, at the release before, they scored 0.902 / 0.928 with 89.2%, 0.880
/ 0.917 with 85.6%, 0.922 / 0.853 with 88.7%, 0.917 / 0.908 with 80.4%, 0.828 / 0.920
with 91.2% and 0.907 / 0.925 with 82.1%; the kinds fixed for the sets read before them
moved them to 0.918 / 0.925 (89.2%), 0.880 / 0.913 (85.6%), 0.922 / 0.851 (88.7%), 0.917 /
0.908 (80.4%), 0.841 / 0.916 (90.5%) and 0.911 / 0.937 (83.0%) before their own rows were
read. Their bars are the floors of the figures their fixes reached.

tests/data/dev_passages_32.jsonl to tests/data/dev_passages_38.jsonl were written blind
the same way, their labels brought to the scheme the same way (a unit id given by a
country's two-letter code takes its three-letter one). Six were written from the issue's
brief for the held-out sets: a week of wire copy from many outlets with datelines (32,
150 rows, 87 outside Ukraine, 50 in Ukrainian and Russian, 129 figures), most rows in
Ukrainian and Russian (33, 150 rows, 89, 70, 120), an analyst's daily digest (35, 150
rows, 92, 46, 116), fact-checks and explainers (36, 150 rows, 84, 48, 239), live blogs,
columns and transcripts (37, 150 rows, 84, 55, 159) and regional wire copy from Asia,
Africa and Latin America (38, 150 rows, 102, 47, 124); one in the voice of humanitarian
and policy reports (34, 150 rows, 110, 53, 199). Unread, at the release before, they
scored 0.826 / 0.962 with 95.3%, 0.879 / 0.905 with 89.2%, 0.907 / 0.914 with 94.5%,
0.913 / 0.968 with 91.4%, 0.908 / 0.958 with 84.1%, 0.835 / 0.938 with 88.7% and 0.917 /
0.927 with 89.5%; the kinds fixed for the sets read before them (the thirtieth and
thirty-first, read again, then the thirty-fourth, thirty-third, thirty-second,
thirty-fifth, thirty-sixth, thirty-seventh and thirty-eighth) moved them to 0.830 / 0.962
(95.3%), 0.879 / 0.905 (89.2%), 0.910 / 0.914 (95.0%), 0.917 / 0.968 (91.4%), 0.912 /
0.963 (84.1%), 0.839 / 0.943 (89.3%) and 0.914 / 0.934 (90.3%) before their own rows were
read. The writers of the thirty-second and thirty-seventh sets label every city that is
a unit of its own a city ("KYIV, May 4 (Reuters)", "in Hamburg", "an audience in Kyiv"),
where most sets label it the unit: their precision bars are 0.84. Their bars and the
others' are the floors of the figures their fixes reached.

tests/data/dev_passages_40.jsonl (132 rows of explainers that ask and answer "What is
X?", 78 outside Ukraine, 46 in Ukrainian and Russian, 184 figures) and
tests/data/dev_passages_41.jsonl (171 rows from the issue's brief for the held-out sets,
80 outside Ukraine, 51 in Ukrainian and Russian, 131 figures) were written blind the same
way, their labels brought to the scheme the same way, and to its spans: a town qualified
by its state ("Odessa, Texas") is the town and the state, and a plural unit word shared
by a list ("the Kursk and Belgorod regions") is in the last name's span. Unread, at the
release before, they scored 0.908 / 0.927 with 85.3% and 0.886 / 0.961 with 90.1% (the
forty-first, 0.886 / 0.965 with 90.1%, after the kinds of the fortieth); their bars are
the floors of the figures their fixes reached. The forty-first set's writer, too, labels
every city that is a unit of its own a city.

tests/data/dev_passages_42.jsonl (149 rows, most in Ukrainian and Russian: 91, with 89
outside Ukraine and 108 figures) and tests/data/dev_passages_43.jsonl (143 rows of
encyclopedia entries, background boxes and think-tank reports, 95 outside Ukraine, 38 in
Ukrainian and Russian, 219 figures) were written blind next, their labels brought to the
scheme the same way. Unread, at the release before, they scored 0.858 / 0.955 with 91.7%
and 0.915 / 0.959 with 84.9%; after the kinds of the fortieth and forty-first sets, 0.858
/ 0.955 (91.7%) and, after those of the forty-second too, 0.915 / 0.962 (84.9%). Both
writers label every city that is a unit of its own a city (the forty-second's precision
bar is 0.86), and the forty-third's gives a place's own size restated as a share the
share's whole ("Catalonia covers 32,108 km², about 6 percent of Spain's territory"), which
600 of the 682 such labels across the sets leave without one, as the matcher does: its
claims bar is 0.87. Two labels of the Republic of Artsakh as an entity (fourteenth and
twenty-eighth sets) were relabelled the area Nagorno-Karabakh, as the other 128 labels of
it give it.

tests/data/dev_passages_44.jsonl (147 rows dense in territorial figures, phrased every way
a newsroom or an analyst phrases them, with figures of no ground among them: 68 outside
Ukraine, 53 in Ukrainian and Russian, 326 figures) and tests/data/dev_passages_45.jsonl
(148 rows of social posts, transcripts, parliamentary questions and newsletters: 79
outside Ukraine, 39 in Ukrainian and Russian, 215 figures) were written blind last, their
labels brought to the scheme the same way. Unread, at the release before, they scored
0.938 / 0.951 with 82.2% and 0.895 / 0.943 with 89.3%; after the kinds of the fortieth to
forty-third sets, 0.938 / 0.951 (82.5%) and 0.898 / 0.943 (88.8%). Their bars are the
floors of the figures their fixes reached.

tests/data/dev_passages_46.jsonl (141 rows from the issue's brief for the held-out sets:
75 outside Ukraine, 35 in Ukrainian and Russian, 106 figures) was written blind after all
of those had been fitted, and its rows have not been read: it scored 0.948 / 0.948 with
93.4% at the release before it, and 0.948 / 0.948 with 96.2% after the kinds of the
fortieth to forty-fifth sets, a measure of those kinds on text they were not fitted to.
Its bars are the floors of those unread figures.

tests/data/dev_passages_47.jsonl (150 rows, 234 figures among figures of no ground: fact
checks, data explainers, bulletins; 71 outside Ukraine, 47 in Ukrainian and Russian) was
written blind next. Its labels were brought to the scheme mechanically: a possessive "'s"
is in the span (as in 2,138 labels of the other sets, none without), Western Sahara,
Kosovo and the Falkland Islands are the countries, Abkhazia the unit and Varosha the area,
as the other sets label them. So brought it scored 0.979 / 0.959 with 84.2% of claims exact
before its rows were read (the same at the release before it), 0.979 / 0.959 with 85.5%
after its kinds were fixed, and 86.8% after the forty-eighth's. Most of its claims left are an area of ground taken or
held with no whole said ("Russian forces captured about 1,500 km²"), which its writer
gives the country the text is about and most labels of the other sets give none.

tests/data/dev_passages_48.jsonl (140 rows, 189 figures; 75 outside Ukraine, 45 in
Ukrainian and Russian) was written blind after the forty-seventh had been read, from a
brief that gave the scheme's rules for those areas, with labels that needed no mapping.
It scored 0.967 / 0.964 with 85.7% of claims exact at the release before the
forty-seventh, 86.2% before its own rows were read, and 0.967 / 0.964 with 87.8% after
its kinds were fixed.

"Республика Крым", Russia's name of Crimea in Russian, is the unit, as 8 of the 10 labels
of it across the sets give it; the two rows of the fourth and fifth sets that label it
the entity are left as written.

The seventh set's precision bar is 0.93 (it was 0.96): with the Russian and Ukrainian
names of units named like their main city (Ракка, Алеппо, Петербург) those names read as
the unit or as the city by the same cues as in English, and four of its city labels now
read as the unit; and "the city of Sevastopol", which 14 of the 16 such labels across the
sets give as the unit, is the unit, where this set labels it twice a city. The third
set's claims bar is 0.95: an area given in two units is the figure said first, as the
later sets label it, where the third labels once the square kilometres in brackets after
square miles. The other bars are the floors of the figures reached.

The seventh set's recall bar is 0.96 (it was 0.97): "Республіки Абхазія", which it labels
the entity, is the unit, as 7 of the 9 labels of the name across the sets give it.

The rows that labelled Maputo, Tashkent, Mexico City and Dushanbe by the data's own ids
for units ISO 3166-2 codes were missing from give those codes, which the data now carries
(MZ-MPM, UZ-TK, MX-CMX, TJ-DU).

The claims bars of the first, second, third, sixth and seventh sets are 0.96, 0.94, 0.94,
0.90 and 0.85 (they were 0.99, 0.96, 0.95, 0.91 and 0.86): an area that restates a share
("18 percent of Ukraine, or roughly 113,000 km²", "a third of the Donbas — about 16,800
km²") is a part of the share's whole, as 39 labels across the sets give it, where 23
labels of the earlier sets give it none.

The rows of the earlier sets that left the named places the data draws no boundary for
(Area C, Shebaa Farms, Snake Island, the Lachin corridor, Sinai...; see
geoclaims.boundaries.named_places) unlabelled, or labelled Varosha a city, label them
as named areas since the text finder finds them (30 mentions).

The rows of the second, third, eighth and fourteenth sets that left the UN buffer zone in
Cyprus ("Буферная зона ООН") and Heglig unlabelled, written when the data knew neither,
label them as named areas, as the later sets that name them do.

The eleventh set's row that took the quote closing 'all of Donbas' for a possessive
("Donbas'") gives the name without it.

The third set's row that labels the Sahrawi Arab Democratic Republic a country labels it
an entity in Western Sahara, as the seven later sets that name it do.

The rows of the fourth and fifth sets that left the Southern Kuril Islands one by one,
the Spratly Islands and Bir Tawil unlabelled, because the data drew none of them, label
them since the data does; and the second set's row that left the Free Zone's "Liberated
Territories" unlabelled, written when the data knew no such name, labels it.

tests/data/dev_passages_50.jsonl (130 rows: 60 English, 35 Ukrainian, 35 Russian; half on
the war, half on disputes from the Sahel to the South China Sea; 167 figures) was written
blind from a brief that allowed hectares and called self-declared states entities; its six
hectare figures were left out (hectares were not read then) and its labels brought to the sets'
scheme mechanically (the Turkish Republic of Northern Cyprus, the Republic of Somaliland
and the Republic of Artsakh as their named areas, the Republics of Abkhazia and Crimea as
their units). So brought, it scored 0.962 / 0.937 with 89.2% of claims exact at the
release before it and 89.8% before its rows were read; its bars are where the fixes of
its kinds brought it.

tests/data/dev_passages_49.jsonl (140 rows: 90 English, 25 Ukrainian, 25 Russian; wire
copy, fact checks and reference leads, most outside Ukraine; 199 figures) was written blind
from the brief of the fiftieth; its three hectare figures were left out and its labels
brought to the scheme mechanically: a possessive "'s" is in the span, a generic noun before
a Cyrillic name is not ("мілини Скарборо" is labelled "Скарборо", as 57 of 76 such labels
across the sets give it), and the self-declared states as their areas and units, as for the
fiftieth. So brought, it scored 0.974 / 0.968 with 86.4% of claims exact at the release
before the fiftieth, 0.974 / 0.971 with 86.9% before its rows were read, and 0.985 / 0.977
with 93.5% after its kinds were fixed.

tests/data/dev_passages_51.jsonl (140 rows: 80 English, 30 Ukrainian, 30 Russian; regional
and international wire, fact checks and explainer boxes, most outside Ukraine; 147 figures)
was written blind from a brief that gave the scheme's rules for self-declared states; a
unit word before a Cyrillic name ("провинцию Хасеке") is out of the span, as 156 of 163
such labels across the sets give it. It scored 0.964 / 0.974 with 90.5% of claims exact at
the release before the forty-ninth, 0.971 / 0.974 with 91.8% after the forty-ninth's kinds
and before its rows were read, and 0.974 / 0.982 with 95.2% after its own.

tests/data/dev_passages_52.jsonl (130 rows: 60 English, 35 Ukrainian, 35 Russian; analysts'
reviews, bulletins, debate summaries and long reads on the war, Russia's border regions and
other wars; 146 figures) was written blind from the same brief and left unread for a
release: it scored 0.933 / 0.945 with 89.0% of claims exact at the release before the
forty-ninth, 0.933 / 0.945 with 89.7% after the kinds of the forty-ninth and fifty-first,
and 0.937 / 0.945 with 91.1% after the fifty-third's and fifty-fourth's, a measure of those
kinds on text they were not fitted to. Read in the next release, it scored 0.942 / 0.964
with 93.8% after its kinds were fixed.

tests/data/dev_passages_53.jsonl (120 rows: 60 English, 30 Ukrainian, 30 Russian;
figure-dense news and analysis, most on disputes outside Ukraine; 227 figures) was written
blind from the same brief. It scored 0.991 / 0.969 with 84.1% of claims exact at the
release before the forty-ninth, 0.995 / 0.969 with 84.6% before its rows were read, and
0.995 / 0.969 with 91.2% after its kinds were fixed.

tests/data/dev_passages_54.jsonl (120 rows: 50 English, 35 Ukrainian, 35 Russian;
Telegram and OSINT posts with bulleted figures, explainers that ask how much of a place
is held, statements and quotes; 164 figures) was written blind from the same brief; one
label that put "регіону" before a name in the span was brought to the scheme. It scored
0.959 / 0.928 with 89.0% of claims exact at the release before the forty-ninth, 0.971 /
0.928 with 90.2% before its rows were read, and 0.975 / 0.952 with 93.3% after its kinds
were fixed.

tests/data/dev_passages_55.jsonl (120 rows: 60 English, 30 Ukrainian, 30 Russian;
encyclopedia leads and history of changes of control, treaties, news quoting it; 77 rows
outside Ukraine; 156 figures) was written blind from the same brief and its rows have not
been read: it scored 0.952 / 0.923 with 87.8% of claims exact at the release before it,
and the same after the kinds of the fifty-second and fifty-sixth to sixtieth sets, which
did not move it. Its bars are the floors of those unread figures.

tests/data/dev_passages_56.jsonl (120 rows: 40 English, 40 Ukrainian, 40 Russian;
Telegram posts, military and administration bulletins, live blogs, headlines and tickers;
59 rows outside Ukraine; 138 figures), tests/data/dev_passages_57.jsonl (120 rows: 80
English, 20 Ukrainian, 20 Russian; think-tank and NGO reports, situation reports, fact
checks and op-eds on disputes across continents; 94 rows outside Ukraine; 174 figures),
tests/data/dev_passages_58.jsonl (100 rows of three to six sentences: 50 English, 25
Ukrainian, 25 Russian; whole news articles with figures about several wholes; 54 rows
outside Ukraine; 227 figures), tests/data/dev_passages_59.jsonl (120 rows: 70 English,
25 Ukrainian, 25 Russian; every row with at least two names that are no place: people,
clubs, ships, newspapers, events; 71 figures) and tests/data/dev_passages_60.jsonl (120
rows: 20 English, 50 Ukrainian, 50 Russian; agency news and explainers in the full case
system, 82 rows outside Ukraine; 172 figures) were written blind from the same brief;
their labels were brought to the scheme as the forty-ninth's (and a generic word before a
Cyrillic name, "анклава Ворух", "уезде Ида-Вирумаа", "союзной территории Ладакх", is out of
the span, as the matcher and most writers have it). At the release before them, before
their rows were read, and after their kinds were fixed they scored:

- the fifty-sixth 0.972 / 0.888 with 89.1%, the same, and 0.978 / 0.978 with 95.7% (its
  misses were mostly districts named after a village or listed with one plural word:
  "село Юнаківка Сумського району", "Каховський, Скадовський та Генічеський райони");
- the fifty-seventh 0.968 / 0.961 with 85.1%, 0.968 / 0.961 with 85.6%, and 0.979 /
  0.975 with 91.4%;
- the fifty-eighth 0.915 / 0.943 with 85.0%, 0.919 / 0.949 with 86.8%, and 0.919 / 0.949
  with 89.4% (its false mentions are mostly the split between a district town and its
  district, "Шуши", "Лачине", "Khankendi");
- the fifty-ninth 0.946 / 0.989 with 91.5%, the same, and 0.946 / 0.989 with 94.4%;
- the sixtieth 0.949 / 0.914 with 93.0%, 0.952 / 0.924 with 93.0%, and 0.957 / 0.944
  with 94.8%.

tests/data/dev_passages_61.jsonl (110 rows: 60 English, 25 Ukrainian, 25 Russian;
opinion columns, editorials and analysis, figures stated loosely and compared; 66 rows
outside Ukraine; 141 figures) was written blind from the same brief and its rows have not
been read: 0.951 / 0.897 with 89.4% of claims exact at the release before it, 0.948 /
0.897 with 89.4% after the kinds of the sixty-second to sixty-fourth sets. Its bars are
the floors of those unread figures.

tests/data/dev_passages_62.jsonl (110 rows: 30 English, 40 Ukrainian, 40 Russian; regional
press, administrations' and prosecutors' statements, war correspondents' dispatches,
dense with districts and hromadas; 46 rows outside Ukraine; 131 figures),
tests/data/dev_passages_63.jsonl (110 rows: 70 English, 20 Ukrainian, 20 Russian;
transcripts, debates, broadcast scripts, captions, map legends, posts with hashtags,
fact-check boxes; 60 rows outside Ukraine; 85 figures) and tests/data/dev_passages_64.jsonl
(110 rows: 40 English, 35 Ukrainian, 35 Russian; hard negatives in every language: quoted
titles of channels, units, parties and projects, offices, streets, people named like
places; 55 rows outside Ukraine; 70 figures) were written blind from the same brief, their
labels brought to the scheme as the sixtieth's. At the release before them (their rows
unread; the sixty-fourth was also scored just before it was read, with the same figures)
and after their kinds were fixed they scored:

- the sixty-second 0.962 / 0.967 with 87.0%, and 0.976 / 0.967 with 91.6%;
- the sixty-third 0.948 / 0.953 with 92.9%, and 0.958 / 0.967 with 96.5%;
- the sixty-fourth 0.908 / 0.969 with 98.6%, and 0.964 / 0.975 with 98.6%.

tests/data/dev_passages_65.jsonl (110 rows: 50 English, 30 Ukrainian, 30 Russian; lists
and dense timelines, enumerations of units with their areas, sizes compared; 61 rows
outside Ukraine; 127 figures), tests/data/dev_passages_66.jsonl (110 rows, the same mix of
languages; headlines over their first paragraph with datelines, questions and answers,
captions of maps and charts, hard negatives such as clubs, ships and people; 61 rows
outside Ukraine; 118 figures) and tests/data/dev_passages_67.jsonl (110 rows, the same mix;
resolutions, judgments, decrees and ministry statements with formal names and
institutions named after places; 67 rows outside Ukraine; 114 figures) were written blind
from a brief that asked a place's own size to be labelled with the place as its whole.
Their labels were brought to the other sets' scheme by hand: a place's own size has no
whole, also when a share restates it ("covers some 4,163 km², or roughly 12 per cent of
the Republic of Moldova"); ground held or taken that a share restates, and an area in a
place, are of that place; a writer's "Crimea" for the peninsula is the Crimean
peninsula. So brought, at the release before them (their rows unread) and after their
kinds were fixed they scored:

- the sixty-fifth 0.941 / 0.844 with 80.3%, and 0.943 / 0.885 with 89.8% (its misses
  were mostly towns named like their provinces in lists of units: "The four regions ...,
  by size: Kherson (28,461 km²), ...", "Cyprus's six districts are Nicosia, ...");
- the sixty-sixth 0.877 / 0.912 with 67.8%, and 0.880 / 0.912 with 76.3% (its false
  mentions are mostly towns labelled as towns that share a name with their first-level
  unit: Lisbon, Tel Aviv, Sanaa, Aden; its figures' misses are holders' shares and
  answers whose whole is only in the question);
- the sixty-seventh 0.915 / 0.937 with 85.1%, and 0.916 / 0.945 with 85.1%.

tests/data/dev_passages_68.jsonl (100 rows: 45 English, 30 Ukrainian, 25 Russian;
long-form features mixing history and current events, places referred back to by "the
region", "the enclave"; 57 rows outside Ukraine; 116 figures) and
tests/data/dev_passages_69.jsonl (100 rows: 40 English, 30 Ukrainian, 30 Russian; posts,
OSINT threads, live blogs and fact-check verdicts with abbreviations, hashtags and loose
figures; 33 rows of hard negatives such as ships and clubs; 52 rows outside Ukraine; 75
figures) were written blind last, from the brief amended to the scheme of a place's own
size, and their labels needed no change but the sets' mechanical ones. At the release
before them, just before their rows were read (after the kinds of the sixty-fifth to
sixty-seventh sets, so an unfitted measure of those), and after their kinds were fixed:

- the sixty-eighth 0.901 / 0.930 with 87.1%, 0.901 / 0.930 with 88.8%, and 0.901 /
  0.930 with 88.8% (its false mentions are mostly spans and the split between a district
  town and its district: "Шуші", "Fuzuli", "Varosha");
- the sixty-ninth 0.904 / 0.820 with 72.0%, the same, and 0.930 / 0.849 with 74.7%.

tests/data/dev_passages_70.jsonl (100 rows: 35 Ukrainian, 35 Russian, 30 English; regional
wire copy on towns of Ukraine, Russia and their neighbours, towns of two words in their
cases, people and clubs named after places, abbreviations), tests/data/dev_passages_71.jsonl
(100 rows: 75 English, 25 Russian; disputes outside Ukraine, from the South China Sea to
the Sahel) and tests/data/dev_passages_72.jsonl (100 rows: 60 English, 20 Ukrainian, 20
Russian; data journalism and fact-checks of ground held, taken and lost, with changes
over time) were written blind from the same brief, and scored before their rows were
read (after the Cyrillic town forms and the changes from one figure to another, fitted
to none of them), then after their kinds were fixed:

- the seventieth 0.883 / 0.906 with 92.5%, and 0.894 / 0.906 with 92.5% (its misses are
  Russian districts the data lacks; its false mentions towns that share a name with their
  unit, "Шуші", "Унгени");
- the seventy-first 0.937 / 0.848 with 90.8%, and 0.938 / 0.856 with 91.6% (its misses
  are small features the data lacks: reefs, islets, Kosovo's northern municipalities);
- the seventy-second 0.953 / 0.944 with 89.0%, and 0.958 / 0.949 with 92.7%.

tests/data/dev_passages_73.jsonl (100 rows: 45 English, 30 Russian, 25 Ukrainian;
encyclopedic text with former names and spellings: Soviet-era names of Ukrainian towns,
Russian transliterations, renamed countries, capitals and provinces),
tests/data/dev_passages_74.jsonl (100 rows: 60 English, 20 Ukrainian, 20 Russian;
OSINT and think-tank assessments of Ukraine, Sudan, Myanmar, Syria, Yemen, the Sahel, the
Congo) and tests/data/dev_passages_75.jsonl (100 rows: 70 English, 30 Russian; wire copy
and explainers on disputes outside Ukraine) were written blind from the same brief. Two
mechanical changes bring them to the scheme: the seventy-third set's writer, told to
leave out historical regions the scheme has no name for, left out thirteen mentions of
historical areas the other sets label (East Prussia, Alsace-Lorraine, the Soviet Union,
Czechoslovakia, the Ukrainian SSR...), which are labelled here; and a square-mile
conversion in brackets after a km² figure is the same figure, no claim (31 rows of the
seventy-fifth set, 1 of the seventy-third). Scored before their rows were read, on the
rules as they stood before them, then after their kinds were fixed:

- the seventy-third 0.846 / 0.717 with 88.0%, 0.846 / 0.717 with 91.2% after its
  figures' kinds, and 0.877 / 0.751 with 92.0% with former names in the data ("Tiflis",
  "Saigon", "Pegu", "Zaire"; its misses are former names of districts, "Artemivsk Raion",
  and towns that share their unit's old name, "Kirovograd");
- the seventy-fourth 0.944 / 0.932 with 87.4%, and 0.974 / 0.932 with 89.5%;
- the seventy-fifth 0.930 / 0.837 with 91.9%, and 0.930 / 0.846 with 98.8% (its misses
  are small features the data lacks: Mount Hermon, Saltoro Ridge, Peros Banhos).

The sets split on ground held that a share restates ("Russian forces control about
116,000 km², or roughly 19 percent of Ukraine's territory"): most later sets give the
area the share's whole, some earlier rows none. The matcher gives it the share's whole
(20 claims more exact across the sets, 9 fewer); the first and forty-fifth sets' claims
bars are where that left them.

tests/data/dev_passages_76.jsonl (100 rows: 60 English, 20 Russian, 20 Ukrainian;
fact-checks that state many figures with varied wholes: a place's own size, ground held
in a unit or a country, restated shares, figures with no whole),
tests/data/dev_passages_77.jsonl (100 rows: 50 Russian, 50 Ukrainian; every case of
region names, "-щина" forms, Russia's republics and krais, metonyms, towns named like
their oblasts) and tests/data/dev_passages_78.jsonl (100 rows: 79 English, 21 Russian
and Ukrainian; first-level units of many countries named like a country or a city:
Punjab, Georgia, Limburg, Luxembourg, Mexico State, Niger State, Chihuahua) were written
blind from the same brief, which now says that a conversion in brackets is one claim and
that historical areas are labelled. One mechanical change brings them to the scheme: the
seventy-eighth set's writer labelled six provinces of the Philippines and Spain (Sulu,
Cebu, Bohol, Surigao del Norte, León, Zamora) as named areas, which the other sets label
as the ISO 3166-2 units they are. Scored before their rows were read, on the rules as
they stood before them, then after their kinds were fixed:

- the seventy-sixth 0.974 / 0.921 with 91.1%, and 0.974 / 0.921 with 92.7%;
- the seventy-seventh 0.970 / 0.895 with 91.5%, and 0.982 / 0.895 with 98.3% (its misses
  are Russian districts and historical areas the data lacks, "Сунженского района",
  "Підкарпатська Русь");
- the seventy-eighth 0.916 / 0.856 with 91.1%, and 0.936 / 0.875 with 96.4% (its misses
  are capitals its writer labels as their provinces, "fighting in Khartoum", and states
  named like their capitals, "pushed into Zacatecas and Guanajuato", which the matcher
  reads as the cities).

tests/data/dev_passages_79.jsonl (100 rows: 70 English, 15 Russian, 15 Ukrainian;
encyclopedia explainers on disputes outside Ukraine with many area figures, historical
border changes included), tests/data/dev_passages_80.jsonl (100 English rows of wire news
on first-level units of Africa, Asia and Latin America named without their unit word,
namesakes across countries: Amazonas, Santa Cruz, Punjab) and
tests/data/dev_passages_81.jsonl (50 Russian, 50 Ukrainian rows: the war, disputes
outside Ukraine, Russia's own regions) were written blind from a new brief that asks for
geographic regions and mountain ranges too. Two mechanical changes bring them to the
scheme the other sets share: the full names of the Pridnestrovian Moldavian Republic and
the Turkish Republic of Northern Cyprus, labelled as entities, are the named areas the
other sets label them (six labels), and an island's or a valley's noun before its name
("острове Вуди", "долиной Шаксгам") is left out of the span, as 168 labels of the other
sets leave it and 37 keep it (eight labels); an area's conversion in brackets ("27,000 km²
(10,400 sq mi)") is no claim of its own, as 119 of the other sets' 133 such pairs have it
(five claims of the seventy-ninth). Scored before their rows were read, with their labels
as written:

- the seventy-ninth 0.928 / 0.833 with 79.6% (on the rules as they stood before it), and
  0.968 / 0.913 with 86.2% once its labels were brought to the scheme and its kinds fixed;
- the eightieth 0.934 / 0.851 with 93.2%, and 0.943 / 0.871 with 93.2%;
- the eighty-first 0.928 / 0.923 with 91.8% (after a few of the seventy-ninth's and
  eightieth's kinds were fixed, none of its own), and 0.945 / 0.969 with 93.4%.

Their misses are mostly geographic regions and features the data does not hold and the
older sets leave unlabelled (Mount Hermon, the Andes, the Niger Delta, the South China
Sea), which stay misses. The Sahel, labelled in nine rows of the other sets, is now a
named place; one row of the fiftieth set leaves "across the Sahel" unlabelled, and its
precision bar is 0.96 (it was 0.97) for that. A lower-case Cyrillic island or valley
word before a named area ("в долине Галван", "на острове Вуди") is left out of the span,
as 115 labels of all the sets leave it out and 20 keep it; most of those 20 are in the
forty-ninth and fiftieth sets, whose precision bars are 0.97 and 0.95 (they were 0.98 and
0.96) for that.

tests/data/dev_passages_82.jsonl (100 rows: 60 English, 20 Russian, 20 Ukrainian;
analysis, fact-checks and live blogs on the war dense with figures: shares of Ukraine and
of oblasts, weekly gains, restated areas, comparisons with other countries' sizes),
tests/data/dev_passages_83.jsonl (100 rows: 70 English, 30 Russian and Ukrainian;
conflicts and disputes of Africa and the Middle East) and
tests/data/dev_passages_84.jsonl (100 rows: 80 English, 20 Russian and Ukrainian; Asia,
the Caucasus, Europe's frozen disputes and the Americas, with namesakes and cities that
are units) were written blind from the brief as amended after the seventy-ninth to
eighty-first: seas, rivers, mountains and deserts unlabelled, the full names of the
Pridnestrovian Moldavian Republic and the Turkish Republic of Northern Cyprus labelled as
their named areas, an island's or a valley's noun before its name left out of the span.
Two mechanical changes bring them to the scheme: "сектора Газа" and "Регіон Курдистан"
keep their noun, as 67 of the other sets' 73 labels of the Gaza Strip in Cyrillic do
(two labels), and a conversion in brackets is no claim of its own (three claims). Scored
before their rows were read:

- the eighty-second 0.974 / 0.967 with 84.0%, and 0.974 / 0.967 with 86.6% after its
  kinds were fixed (figures whose whole its writer and the other sets give differently
  stay misses: an area restated as a share of the country, "our territory");
- the eighty-third 0.918 / 0.922 with 97.2%, and 0.943 / 0.943 with 97.2%;
- the eighty-fourth 0.950 / 0.884 with 85.7%, and 0.955 / 0.896 with 89.1% (its misses:
  areas the data does not hold, Ulleungdo, the Shiretoko Peninsula, Metro Manila, and
  Kosovo's municipalities named as towns in Russian).

tests/data/dev_passages_85.jsonl (100 rows: 50 Russian, 50 Ukrainian; bulletins and
statements on the war dense with figures in words and digits, and shares of people, votes
and budgets that are no ground) and tests/data/dev_passages_86.jsonl (100 English rows of
fact-checks, explainers and captions worldwide, one to four figures each) were written
blind from the same brief; the eighty-sixth set's eleven conversions in brackets were
taken out as above. Scored before their rows were read: the eighty-fifth 0.982 / 0.970
with 84.1% (on the rules before it and the eighty-sixth), and 0.982 / 0.970 with 86.8%
after its kinds were fixed; the eighty-sixth 0.976 / 0.967 with 84.2% (90.6% once its
conversions were taken out, on the rules as they stood after some of the eighty-fifth's),
and 0.981 / 0.972 with 91.6%.

tests/data/dev_passages_87.jsonl to tests/data/dev_passages_92.jsonl (100 rows each)
were written blind from the same brief: North American and British local news that names
foreign namesakes (AP datelines with state abbreviations, "Odessa, Texas", "Georgia the
state"); encyclopedia leads on disputes outside Ukraine; Ukrainian and Russian bulletins;
long features and analysis; wire copy worldwide; fact-checks in three languages. Their
labels were brought to the scheme mechanically as above: the Gaza Strip with its Cyrillic
noun ("сектор Газа", three rows), the Autonomous Republic of Crimea named whole (two),
"коридор Нецарим" with its noun (one), Abkhazia's "Republic" as the unit GE-AB, as most
sets have it (two). The ninety-second set counts no area of sea as a claim, where most
sets count one; its labels were left so. Scored on the rules as they stood when each set
arrived, before its rows were read, then after the kinds of all six were fixed:

- 87: 0.966 / 0.894 with 92.7% (0.954 / 0.809 at the release before: its theme, state
  abbreviations after towns, was a kind fixed just before it was written) -> 0.971 / 0.936
  with 94.5%;
- 88: 0.958 / 0.947 with 86.7% -> 0.958 / 0.947 with 90.9%;
- 89: 0.957 / 0.980 with 89.9% -> 0.966 / 0.990 with 91.1%;
- 90: 0.950 / 0.947 with 89.0% -> 0.950 / 0.953 with 92.4%;
- 91: 0.966 / 0.918 with 79.6% -> 0.966 / 0.918 with 85.7%;
- 92: 0.957 / 0.930 with 80.9% -> 0.957 / 0.930 with 82.7%.

tests/data/dev_passages_93.jsonl to tests/data/dev_passages_96.jsonl (100 rows each) were
written blind from a rewritten brief: disputes in Asia and the Pacific (70 English, 30
Ukrainian and Russian); the war in Ukraine as think tanks, front-line summaries and
Ukrainian and Russian media cover it (40 English, 60 Ukrainian and Russian); Africa and
the Middle East (80 English); Europe, the Caucasus and the Americas (60 English). Their
labels were brought to the scheme mechanically: hectares, which find_claims did not read
then and the other sets did not label, left out (18 claims); square-mile conversions in brackets
beside a km² figure taken out as above (13); the Turkish Republic of Northern Cyprus and
the Pridnestrovian Moldavian Republic as the named areas the data has (five labels), and
the "Republic of Abkhazia" as the unit GE-AB (one). Scored on the rules as they stood when
they arrived, before their rows were read, then after their kinds were fixed:

- 93: 0.892 / 0.919 with 80.4% -> 0.913 / 0.941 with 85.3%;
- 94: 0.981 / 0.990 with 79.8% -> 0.981 / 0.990 with 81.6%;
- 95: 0.905 / 0.941 with 78.8% -> 0.932 / 0.950 with 86.9%;
- 96: 0.927 / 0.902 with 87.7% -> 0.927 / 0.902 with 88.8%.

Their claims bars are low: most of their misses are areas of ground held whose whole the
sentence leaves to its context ("the salient covered some 1,300 sq km" after Kursk was
named), where the sets disagree with one another. The ninety-third leaves the Jakarlung
and Pasamlung valleys unlabelled in one row, where eight of the other sets' ten labels
name them; since they are named places, its precision bar is 0.90 (it was 0.91).

tests/data/dev_passages_97.jsonl to tests/data/dev_passages_100.jsonl (100 rows each)
were written blind from a rewritten brief: wire copy from Latin America, the Caribbean,
South Asia and the Horn of Africa (English); disputes outside Ukraine as Russian and
Ukrainian media cover them (50 Russian, 50 Ukrainian); the war in Ukraine from wire
copy, think tanks and fact-checks (70 English, 30 Ukrainian and Russian); encyclopedia
leads and fact-checks on dependencies and historical border changes (English). Their
labels were brought to the scheme mechanically: a possessive "'s" kept in the span, as
3,077 labels of the older sets keep it and 15 leave it out (67, 0, 44 and 53 labels), and
a plural unit word after the last name of a list ("the Donetsk and Luhansk regions") kept
in its span, as 467 labels keep it and 35 do not (2, 0, 12, 0); dependencies labelled as
named areas (Gibraltar, the Falklands, Greenland) as the countries the other sets label
them (3 in the ninety-seventh, 15 in the hundredth), Hong Kong and Macau as countries (8),
Svalbard's code as Natural Earth's unit (4), former states labelled as countries (the
Soviet Union, Yugoslavia, the Russian SFSR, the Ukrainian SSR) as the named areas the
other sets label them (8), the "Republic of Crimea" as the entity (1), and claims' wholes
likewise (6), all in the hundredth; in the ninety-eighth, the Sahrawi Republic's unit
written "ESH" as Natural Earth's (2), the "Republic of Abkhazia" as the unit GE-AB (2),
and Kinmen and Penghu labelled as areas as their counties (3), as the other sets label
them 113 times to none. Scored on the rules as they stood when each set arrived, before
its rows were read (with its labels as written, then brought to the scheme), and after
this release's kinds:

- 97: 0.889 / 0.764 with 80.4%, 0.926 / 0.804 -> 0.940 / 0.893 with 84.5%;
- 98: 0.877 / 0.873 with 80.0%, 0.914 / 0.910 -> 0.922 / 0.918 with 82.6%;
- 99: 0.897 / 0.883 with 90.9%, 0.995 / 0.979 -> 0.995 / 0.979 with 92.4%;
- 100: 0.819 / 0.642 with 81.5%, 0.918 / 0.744 with 84.0% -> 0.937 / 0.839 with 85.2%.

Their recall was low where they name places the data did not hold; most were added as
named places (the Chaco Boreal, Sumapaz, Abujhmarh, Isla Calero, the Free Territory of
Trieste, the Saar, Hengqin, Karafuto), some stay misses (Zone A and Zone B of Trieste,
Sakhalin the island, the Raya area).

tests/data/dev_passages_101.jsonl to tests/data/dev_passages_103.jsonl (100 rows each)
were written blind from the same brief, later in the release: analysis dense with
figures on disputes outside Ukraine (English, 222 figures); bulletins and fact-checks
dense with figures on the war and other disputes (50 Russian, 50 Ukrainian, 255
figures); regional news on first-level units of Africa, Asia and the Americas, with
namesakes (English). The hundred-and-third's possessives were brought into their spans
(76 labels) and its Falkland Islands labelled as the country (1). Scored on the rules as
they stood when each arrived, before its rows were read, then after this release's later
kinds:

- 101: 0.882 / 0.845 with 80.2% -> 0.882 / 0.845 with 81.1%;
- 102: 0.995 / 0.995 with 84.3% -> 0.995 / 0.995 with 85.9%;
- 103: 0.897 / 0.748 with 91.2% (0.943 / 0.786 with its labels brought to the scheme) ->
  0.945 / 0.824 with 93.9% (Kenya's counties by their bare names, Congo's provinces).

tests/data/dev_passages_104.jsonl (100 rows: 60 English, 20 Ukrainian, 20 Russian; every
kind of fault the issue lists, 60 rows outside Ukraine) and
tests/data/dev_passages_105.jsonl (100 long English wire and encyclopedia passages naming
four to eight places each, half on the war in Ukraine) were written blind last from the
same brief; their possessives (31 and 51 labels) and plural unit words (8, in the
hundred-and-fifth) were brought into their spans. Scored on the rules as they stood when
they arrived, before their rows were read (labels as written, then brought to the
scheme), then after the release's last kinds:

- 104: 0.921 / 0.889 with 91.3%, 0.932 / 0.900 -> 0.933 / 0.913 with 94.0%;
- 105: 0.922 / 0.852 with 96.9%, 0.959 / 0.886 -> 0.963 / 0.903 with 97.9%.

Their claims misses are mostly areas whose whole the writer takes from the sentence
before ("Позднее ... цифру в 1 250 км², что составляет около 4% площади области": the
oblast), which the other sets give as often as not.

tests/data/dev_passages_106.jsonl to tests/data/dev_passages_114.jsonl (100 rows each)
were written blind from the same brief in the release after: the Balkans, the Caucasus
and Eastern Europe outside Ukraine (60 English, 20 Russian, 20 Ukrainian); the Middle
East and North Africa (65 English, 20 Russian, 15 Ukrainian); the war in Ukraine as
fact-checkers and control-map readers write about it (45 English, 30 Ukrainian, 25
Russian); Asia and the Pacific; Sub-Saharan Africa (each 60 English, 20 Russian, 20
Ukrainian); encyclopedia leads on disputes worldwide (70 English, 15 Russian, 15
Ukrainian); the Russian- and Ukrainian-language press on the war (40 Russian, 40
Ukrainian, 20 English); English wire copy on the war (80 English, 10 Ukrainian, 10
Russian); fact-checks of figures on disputes outside Ukraine (60 English, 20 Russian, 20
Ukrainian). The last two were written after this release's kinds, so their figures at
arrival measure them on text they were not fitted to. Their labels were brought to the
scheme mechanically: possessives (41, 35, 20, 35, 28, 35, 9, 33 and 43 labels) and
plural unit words (0, 2, 7, 2, 9, 2, 0, 13 and 0) into their spans; a lower-case
Cyrillic unit word before a name ("провинции Идлиб") out of it, as 509 older labels have
it and 13 not (9 in the hundred-and-seventh, 29 in the hundred-and-tenth); Kosovo as the
country XKX, as 250 older labels have it and 16 as RS-KM (15 in the hundred-and-sixth, 2
in the hundred-and-eleventh); Western Sahara's unit given as "EH" or "ESH" as the
scheme's (1, 9 and 3). Scored on the rules as they stood when they arrived, before their
rows were read (labels as written, then brought to the scheme), then after the kinds of
that release:

- 106: 0.817 / 0.714 with 87.7%, 0.841 / 0.735 -> 0.842 / 0.739 with 87.7%;
- 107: 0.841 / 0.765 with 92.6%, 0.929 / 0.845 -> 0.936 / 0.861 with 94.1%;
- 108: 0.942 / 0.942 with 92.9%, 0.994 / 0.994 -> 0.994 / 0.994 with 94.9%;
- 109: 0.926 / 0.840 with 83.6%, 0.941 / 0.853 -> 0.944 / 0.897 with 86.4%;
- 110: 0.730 / 0.670 with 95.1%, 0.938 / 0.861 -> 0.939 / 0.865 with 95.1%;
- 111: 0.928 / 0.855 with 89.9%, 0.938 / 0.864 -> 0.939 / 0.874 with 92.9%;
- 112: 0.983 / 0.962 with 93.0%, 0.987 / 0.966 -> 0.987 / 0.979 with 97.4%;
- 113: 0.886 / 0.901 with 80.2%, 0.957 / 0.972 -> 0.957 / 0.972 with 81.7%;
- 114: 0.917 / 0.900 with 86.3%, 0.955 / 0.937 (0.954 / 0.933 on the release's first
  rules) -> 0.955 / 0.937 with 86.3%.

The hundred-and-sixth set labels macro-regions the others leave out (the Baltic states,
the Balkans, the South Caucasus, the Iberian Peninsula), Kosovo's seven districts as
named areas and Akrotiri and Dhekelia as two areas, where the shipped boundaries draw
Kosovo's municipalities and the two base areas as first-level units without ISO codes.
Cairo, Hanoi and Belgrade are read since as the units that bear their names (as 13, 5
and 15 labels of the sets have them, 4, 2 and 2 as cities); the hundred-and-fourth set,
which leaves a "CAIRO —" dateline unlabelled, has a precision bar of 0.92 (it was 0.93);
the ninety-eighth, which labels Akrotiri and Dhekelia as two areas where the matcher
finds the Ukrainian name of the pair ("Акротірі та Декелія") as one, 0.91 (it was 0.92;
its recall bar is 0.93, up from 0.91, with the Cyrillic names found since).

tests/data/dev_passages_115.jsonl to tests/data/dev_passages_117.jsonl (100 rows each)
were written blind from the same brief in the release after: English news and explainers
on disputes and internal conflicts in Latin America, Central and South Asia (100
English); the Russian- and Ukrainian-language press on the war and on other disputes (50
Russian, 50 Ukrainian); fact-checks and data paragraphs on who holds how much of which
place worldwide (85 English, 8 Russian, 7 Ukrainian). Their plural unit words (2, 0 and 4
labels) were brought into their spans. At arrival they scored the same on that release's
rules as on the rules before it (labels as written, then brought to the scheme), then
after the kinds of that release:

- 115: 0.936 / 0.770 with 90.4%, 0.945 / 0.777 -> 0.954 / 0.787 with 92.3%;
- 116: 0.960 / 0.974 with 87.3% -> 0.960 / 0.974 with 91.3%;
- 117: 0.944 / 0.882 with 80.8%, 0.963 / 0.900 -> 0.963 / 0.900 with 83.9%.

tests/data/dev_passages_118.jsonl to tests/data/dev_passages_121.jsonl (100 rows each)
were written blind after most of that release's kinds: English wire copy on the war and
Russia's border regions (100 English); disputes in Africa, the Middle East and East Asia
(60 English, 20 Russian, 20 Ukrainian); fact-checkers and the regional press on the war
(60 Ukrainian, 40 English); Europe and the Americas outside Ukraine (100 English). Their
labels needed no change. At arrival each scored the same on that release's rules as on
the rules before it, so the kinds fixed by then had not reached them; then after the
kinds of that release:

- 118: 0.964 / 0.974 with 81.7% -> 0.964 / 0.974 with 86.2%;
- 119: 0.915 / 0.835 with 89.0% -> 0.912 / 0.838 with 90.6%;
- 120: 0.989 / 0.907 with 80.0% -> 0.989 / 0.907 with 84.4%;
- 121: 0.801 / 0.701 with 84.5% -> 0.801 / 0.701 with 85.5%.

tests/data/dev_passages_122.jsonl to tests/data/dev_passages_125.jsonl (100 rows each)
were written blind from the same brief in the release after: the Caucasus and Central
Asia (60 English, 25 Russian, 15 Ukrainian); East and South-East Asia and the Himalayas
(80 English, 10 Russian, 10 Ukrainian); the Ukrainian and Russian regional press and
OSINT accounts on the war (45 Ukrainian, 35 Russian, 20 English); Africa and the Middle
East (80 English, 10 Russian, 10 Ukrainian). Only the last needed a change: 7 plural unit
words brought into their spans. At arrival each scored the same on that release's rules
as on the rules before it (labels as written, then brought to the scheme), then after
the kinds of that release:

- 122: 0.952 / 0.856 with 89.0% -> 0.953 / 0.868 with 89.8%;
- 123: 0.960 / 0.878 with 82.1% -> 0.960 / 0.878 with 83.0%;
- 124: 0.993 / 0.980 with 86.1% -> 0.993 / 0.980 with 86.9%;
- 125: 0.907 / 0.871 with 91.2%, 0.931 / 0.893 -> 0.932 / 0.907 with 91.9%.

tests/data/dev_passages_126.jsonl to tests/data/dev_passages_129.jsonl (100 rows each)
were written blind from the same brief in the release after: encyclopedia leads and
explainers on disputed and breakaway territories (70 English, 15 Russian, 15 Ukrainian);
fact-checks and briefs on how much of Ukraine Russia holds (50 English, 25 Ukrainian, 25
Russian); the Americas and Europe, namesakes among them (80 English, 10 Russian, 10
Ukrainian); South Asia, the Middle East and the Sahel (80 English, 10 Russian, 10
Ukrainian). Brought to the scheme: possessives and plural unit words into their spans,
and Kosovo as the country XKX (the third had it a named area, the first once Serbia's
province). At arrival each scored
the same on that release's rules as on the rules before it (labels as written, then
brought to the scheme), then after the kinds of that release:

- 126: 0.902 / 0.883 with 94.4%, 0.938 / 0.917 -> 0.938 / 0.917 with 94.4%;
- 127: 0.909 / 0.913 with 86.1%, 0.986 / 0.990 -> 0.986 / 1.000 with 89.2%;
- 128: 0.904 / 0.794 with 85.5%, 0.938 / 0.847 with 86.2% -> 0.938 / 0.854 with 91.4%;
- 129: 0.885 / 0.805 with 91.7%, 0.901 / 0.819 -> 0.901 / 0.824 with 91.7%.

tests/data/dev_passages_130.jsonl and tests/data/dev_passages_131.jsonl (100 rows each)
were written blind from the same brief in the release after: frozen conflicts and
disputes outside Ukraine, from the South Caucasus and Moldova to Cyprus, the Aegean, the
Kurils and Kaliningrad, with North American namesakes of Old World places (70 English, 15
Russian, 15 Ukrainian); the war in Ukraine as control maps and OSINT accounts report it
(40 English, 30 Ukrainian, 30 Russian). Brought to the scheme: a self-proclaimed state's
full name ("Turkish Republic of Northern Cyprus", "Pridnestrovian Moldavian Republic") as
its named area, and "Республика Крым" as the region, as the other sets label them. At
arrival each scored the same on that release's rules as on the rules before it (labels as
written, then brought to the scheme), then after the kinds of that release:

- 130: 0.934 / 0.829 with 87.3%, 0.952 / 0.845 -> 0.958 / 0.845 with 88.0%;
- 131: 0.947 / 0.900 with 81.4%, 0.954 / 0.906 -> 0.955 / 0.931 with 83.8%.

tests/data/dev_passages_132.jsonl (100 rows: disputes and wars in Africa, the Middle East
and Asia; 70 English, 15 Russian, 15 Ukrainian) was written blind from the same brief in
that release, after the kinds of the two before it. Brought to the scheme: a unit word
before a Cyrillic name ("провінції Північне Ківу") out of the name's span, as the other
sets leave it 476 times to 13. At arrival, on that release's rules as on the rules before
it: 0.912 / 0.882 with 85.8% as written, 0.961 / 0.929 brought to the scheme; after its
kinds 0.961 / 0.934 with 86.5%. It labels 5 figures in hectares, which find_claims did
not read then.

find_claims reads hectares since the hundred-and-thirty-third set. The older sets that
left their hectare figures out or unlabelled (the forty-ninth, fiftieth and ninety-third
to ninety-sixth among them) now have those figures found besides the labelled ones; the
claims measured exact are unchanged by them.

tests/data/dev_passages_133.jsonl to tests/data/dev_passages_135.jsonl (100 rows each)
were written blind from the same brief: the Caucasus, Central Asia, the Balkans and
Ukraine's south (60 English, 20 Russian, 20 Ukrainian); fact checks and OSINT accounts of
who holds how much of Ukraine, Syria, Yemen, Sudan, Myanmar, Ethiopia and the Sahel (60
English, 20 Ukrainian, 20 Russian); explainers on disputes in Asia and the Americas and on
Russia's regions (70 English, 15 Russian, 15 Ukrainian). Brought to the scheme: Abkhazia
as its unit and Transnistria and Northern Cyprus as their named areas (as every other
label of the sets gives them), a generic noun before a name out of its span ("princely
state of", "острів", "княжество", as for the forty-ninth) and "Республика" before a
Cyrillic unit's name in it (55 labels to 2). Scored at arrival on the rules before that
release's kinds and after hectares were read (labels as written, then brought to the
scheme), then after its kinds:

- 133: 0.859 / 0.819 with 85.8% (90.0% with hectares), 0.957 / 0.912 -> 0.962 / 0.912
  with 90.8%;
- 134: 0.938 / 0.954 with 88.5% (90.4%), 0.944 / 0.960 -> 0.944 / 0.960 with 93.0%;
- 135: 0.914 / 0.867 with 83.0% (83.0%), 0.942 / 0.895 -> 0.942 / 0.895 with 86.3%.

Their misses are mostly names the shipped data does not have (Shakhimardan, the Preševo
Valley, Herzegovina, Sandžak, Central Asia, Sakhalin Island, the Kamchatka Peninsula,
historical Punjab and Hyderabad State) and the two Punjabs and Kashmirs of their time.

tests/data/dev_passages_136.jsonl to tests/data/dev_passages_138.jsonl (100 rows each)
were written blind from a brief written anew (the scheme, with its kinds, qualifiers and
units, and one earlier set to show the format): control and disputes in Africa and the
Middle East (70 English, 15 Russian, 15 Ukrainian); the war's territorial figures from 2014
to 2026 in bulletins, fact checks and peace-plan maps (40 English, 30 Ukrainian, 30
Russian); disputes in Asia, the Americas and Europe (80 English, 10 Russian, 10
Ukrainian). Brought to the scheme: Western Sahara as the country the data has (4 mentions
and 5 wholes) and Abkhazia as its unit (1). Scored at arrival (labels as written, then
brought to the scheme), then after the kinds fitted since:

- 136: 0.959 / 0.947 with 82.0%, 0.959 / 0.970 with 85.6% -> 0.959 / 0.970 with 86.3%;
- 137: 0.993 / 0.971 with 74.7%, 0.993 / 0.971 with 74.7% -> 0.993 / 0.986 with 75.3%;
- 138: 0.950 / 0.941 with 85.1%, 0.955 / 0.946 with 85.1% -> 0.955 / 0.946 with 85.7%.

tests/data/dev_passages_139.jsonl to tests/data/dev_passages_141.jsonl (100 rows each)
were written blind from the same kind of brief: the post-Soviet conflicts and the Balkans
from 2008 (70 English, 15 Russian, 15 Ukrainian); the war's figures in frontline
summaries, monthly tallies and regional news, with many towns and dates (40 English, 30
Ukrainian, 30 Russian); armed control and disputes in Africa and Asia (80 English, 10
Russian, 10 Ukrainian). Brought to the scheme: Kosovo as the country the data has (11
mentions, 4 wholes), Abkhazia as its unit (11), Transnistria as its named area (4), and a town or capital labelled with
a code the data does not draw given the data's unit it is found in (Kosovo's
municipalities, Burkina Faso's provinces, Somaliland, Ituri's towns in Orientale: 29
labels). Scored at arrival (labels as written, then brought to the scheme), then now:

- 139: 0.847 / 0.801 with 80.4%, 0.932 / 0.937 with 83.0% -> 0.932 / 0.937 with 83.0%;
- 140: 0.973 / 0.940 with 76.4%, 0.973 / 0.940 with 76.4% -> 0.973 / 0.940 with 78.0%;
- 141: 0.907 / 0.907 with 95.4%, 0.907 / 0.907 with 95.4% -> 0.907 / 0.907 with 95.4%.

Together at arrival 0.933 / 0.927 (430, 31, 34) with 270 of 322 claims exact (83.9%).
None of their rows was read before these figures; their bars are the figures at arrival.
Their failures were read after: most are the label conventions noted above (ground taken
with no place named, a capital as its unit or its town); one kind of the 140th was fixed
(a unit word abbreviated with a period right before a figure, "в Дніпропетровській обл.
близько 370 км²", lost its oblast).

tests/data/dev_passages_142.jsonl to tests/data/dev_passages_144.jsonl (100 rows each)
were written blind from the same brief: territorial control and disputes in the Middle
East and the Caucasus from 2014 (60 English, 20 Russian, 20 Ukrainian); fact checks,
explainers and analyses of how much of Ukraine Russia holds, took or lost (40 English, 30
Ukrainian, 30 Russian); disputes and armed control in Africa, South Asia, Myanmar, the
Americas, Cyprus and Kosovo (80 English, 10 Russian, 10 Ukrainian). Brought to the
scheme: Western Sahara (9 mentions, 9 wholes) and Kosovo (7 mentions, 1 whole) as the
countries the data has, Abkhazia as its unit (5), and towns labelled with a code the
data does not draw given the data's unit they are found in (the Palestinian
governorates' towns, Somaliland's, Kosovo's municipalities, Naypyidaw in Mandalay: 34
labels). Scored at arrival (labels as written, then brought to the scheme), then now:

- 142: 0.848 / 0.837 with 88.8%, 0.881 / 0.869 with 88.8% -> 0.884 / 0.895 with 89.6%;
- 143: 0.959 / 0.979 with 79.8%, 0.966 / 0.986 with 79.8% -> 0.966 / 0.986 with 80.9%;
- 144: 0.887 / 0.826 with 81.7%, 0.887 / 0.917 with 89.6% -> 0.887 / 0.917 with 90.4%.

Together at arrival 0.911 / 0.923 (409, 40, 34) with 352 of 413 claims exact (85.2%).
None of their rows was read before these figures; their bars are the figures at arrival.
Their failures, read after, are mostly label conventions: a unit word before the name
in Russian and Ukrainian ("провинции Идлиб") labelled with it, which the other sets
leave out; a capital as its unit or its town; an area of ground taken with the place
talked about as its whole, which most older sets leave with none. Kinds fixed from
them: named places the data lacked (Afrin District, the Preševo Valley, Galilee, the
Morag Corridor), a bare share an area restates ("близько 27 %, або понад 160 тис. кв.
км"), a compared country's own size in brackets ("larger than Hungary (93,030 km²)"),
Ukrainian "Решту" (the rest) read as Rasht.

tests/data/dev_passages_145.jsonl to tests/data/dev_passages_147.jsonl (100 rows each)
were written blind from a brief written anew (the scheme's kinds, keys, qualifiers,
units and wholes; eight earlier rows to show the format): territorial control and
disputes outside Ukraine as reported in 2024-2026, Gaza, Lebanon, Syria after December
2024, Sudan, Myanmar, eastern Congo, the Sahel, Somalia, Haiti (70 English, 15 Russian, 15
Ukrainian); the war in Ukraine in regional news, Telegram posts and official statements,
with demining, farmland and hectares (30 English, 35 Ukrainian, 35 Russian); historical
changes of territory, Trianon, the Winter War, Potsdam, the Mexican Cession, 1971, the
break-ups of the Soviet Union and Yugoslavia (70 English, 15 Russian, 15 Ukrainian).
Brought to the scheme: a Russian or Ukrainian unit word before the name ("в провинции
Кунейтра") left out of the span, as the other sets do and the brief had wrongly asked
otherwise (15 labels); the Soviet Union, Yugoslavia, Czechoslovakia, the Russian SFSR and
the Ukrainian SSR as the named areas the data has (18 labels, written as countries or as
Russia and Ukraine); Guayana Esequiba as the data's Essequibo (4); Transnistria as its
named area (1); towns labelled with a code the data does not draw given the data's unit
they are found in (17). Scored at arrival (labels as written, then brought to the
scheme), then now:

- 145: 0.852 / 0.821 with 77.4%, 0.954 / 0.920 with 77.4% -> 0.954 / 0.920 with 84.5%;
- 146: 0.989 / 0.968 with 86.1%, 0.989 / 0.968 with 86.1% -> 0.989 / 0.989 with 87.0%;
- 147: 0.799 / 0.852 with 80.2%, 0.943 / 0.898 with 80.2% -> 0.940 / 0.934 with 80.2%.

Together at arrival 0.958 / 0.922 (344, 15, 29) with 243 of 298 claims exact (81.5%).
None of their rows was read before these figures; their bars are the lower of the
figures at arrival and now. Their failures, read after, are mostly label conventions: an
area of ground cleared, farmed or taken given the country or unit the passage is about as
its whole where most older sets give none (the 146th: 9 of its 14 misses); historical
regions the data does not name (Silesia and Pomerania as the Polish units, Karelia,
East Pakistan as Bangladesh, the Kamchatka peninsula as its krai). Kinds fixed from them
(each with a test): "its territory" after a place a country retook; the levels of a
change as a range and as fractions ("grew from 40–45% in March to roughly
three-quarters"); "in all" as a total; "этой территории" after a sentence opening with a
place's area; figures said "respectively" of the list after them; the Russian
"заняв"/"зайняли" as verbs of taking; "its own land" ("своих земель"); a list joined by
"not"; named places (the Mexican Cession, the Gadsden Purchase, Carpathian Ruthenia,
Banat, Bačka, Porkkala); the Socialist Federal Republic of Yugoslavia by that name.

Their regions, entities and areas are found about as well as the held-out sets' (0.967 /
0.965 together at arrival), their claims less well: the hundred-and-thirty-seventh labels
an area of ground taken, held or won back as a part of the place the passage is about
even where no place is named with the area, which most of the older sets leave with no
whole; a rule giving such areas the place talked about was tried and left out, as it
gained 9 exact figures here and lost 128 over all the sets. Its bar is set below the
others' for that.

Most of the hundred-and-thirtieth's misses are islands and areas the shipped data does not
name (Imia, Lesbos, the Dodecanese, the Toledo Strip), and of the hundred-and-thirty-first's
the hromadas it labels as named areas.

The hundred-and-twenty-eighth labels regional and landscape names the shipped data does
not have (the Palouse, the Permian Basin, Hill Country, the Upper Peninsula) and Spain's
autonomous communities where the data draws provinces (Valencia ES-VC, not ES-V): most of
its misses.

The third set gives "about 200 square kilometres near Mezhova", seized after Russian units
"entered Dnipropetrovsk oblast", no whole, where the sets label ground around a town in
the oblast the text names as that oblast's (UA-12 for the same ground near Mezhova in the
eighty-second, UA-63 around Vovchansk in the ninety-fourth): its claims bar is 0.93 (it
was 0.94) since find_claims reads it so.

The ninety-fifth set leaves E1, the tract east of Jerusalem, unlabelled, where seven
labels of the other sets name it (the matcher finds it since): its precision bar is 0.92
(it was 0.93).

The twenty-fourth set labels Damascus taken in an offensive a city, where 79 labels of
the sets call Damascus as a place its unit (SY-DI) and 9 a city: its precision bar is
0.91 (it was 0.92) since the matcher reads the last of a list of places taken ("took
Aleppo and then Damascus") as a place, not the government.

The hundred-and-twentieth labels hromadas as named areas ("Kupiansk Hromada") and the
hundred-and-twenty-first provinces below the first level (Badajoz, Cádiz, Belgium's
Luxembourg), Dublin as Leinster (IE-L) and Madrid as a city, none of which the shipped
data or the older sets have so: most of their misses.

The hundred-and-fifteenth labels second-level districts (Kech, Rajouri, Churachandpur)
and valleys (Tirah, Swat, Neelum) as named areas, which the shipped data does not have:
most of its misses.

The sets split on Mexico City, a federal entity and no state's city: ten labels call it
a city, nine its unit, as the brief has every city that is a first-level unit. The
matcher reads it as its unit ("officials in Mexico City said"), as it does Tbilisi and
Tashkent; the thirty-fifth set's precision bar is 0.91 (it was 0.92) for that.

tests/data/dev_passages_148.jsonl to tests/data/dev_passages_150.jsonl (100 rows each)
were written blind by writers who read no code, from a brief written anew: live blogs,
wire copy and Telegram bulletins on the war in Ukraine in 2023-2026, front-line towns,
raions and hromadas, the Kursk incursion (60 English, 20 Ukrainian, 20 Russian);
encyclopedia leads and explainers on disputes and autonomy movements in Asia, Europe and
the Americas (70 English, 15 Russian, 15 Ukrainian); think-tank reports and fact-checks
dense with figures on how much of a country each side holds (60 English, 20 Ukrainian,
20 Russian). Brought to the scheme: a named area the data has as a first-level unit
(Álava, Biscay, Gipuzkoa, Orkney, Shetland, Akrotiri, Dhekelia) as that unit (7 labels;
Tibet and Punjab, meant wider than the units, kept as written); the left bank of the
Dnipro, which the brief wrongly gave as a named area and the older sets leave unlabelled
(2); a square-mile or hectare conversion in brackets beside an area, which the older
sets do not label (5 claims). Scored at arrival (as written, then brought to the scheme),
then now:

- 148: 0.991 / 0.915 with 75.9%, 0.991 / 0.923 with 75.9% -> 0.991 / 0.923 with 80.2%;
- 149: 0.917 / 0.875 with 77.6%, 0.942 / 0.898 with 81.1% -> 0.942 / 0.898 with 82.9%;
- 150: 0.935 / 0.852 with 85.8%, 0.935 / 0.857 with 85.8% -> 0.935 / 0.857 with 86.3%.

Together at arrival 0.951 / 0.890 (446, 23, 55) with 347 of 424 claims exact (81.8%).
Their bars are the lower of the figures at arrival and now. Their failures, read after,
are mostly places the data does not draw (hromadas, national parks, townships, the
Sirte Basin) and the convention of an area's whole where the passage gives it only by
context. Kinds fixed from them (each with a test): a qualifier shared by two figures
joined by "and"; the first number of a pair lying where the second does; no range
running downwards ("2024 — 1,263 km²"); a figure misstated "by a fifth" and a share of
imports as no ground; "the figure" of a sentence set in another place; "з них" after an
area; "Of the X region's N km², ..."; "as much as the N km²"; "противник ... занимал в
X"; "roughly the northern third"; "Kinmen's 150 sq km of islands" as its own size.

tests/data/dev_passages_151.jsonl and tests/data/dev_passages_152.jsonl (100 rows each)
were written blind later the same way: Russian- and Ukrainian-language news, bulletins,
explainers and histories in every case of the names (60 Russian, 40 Ukrainian); English
sports, business, culture and science text full of names borrowed from places (clubs,
brands, songs, films, people) among real places and figures (100 English). Brought to the
scheme: Flores and Surrey as the data's units (2 labels). Scored at arrival (as written,
then brought to the scheme), then now:

- 151: 0.940 / 0.866 with 73.9%, the same brought to the scheme -> 0.940 / 0.866 with
  73.9%;
- 152: 0.849 / 0.782 with 91.3%, 0.871 / 0.802 with 91.3% -> 0.910 / 0.802 with 91.3%.

Their bars are the lower of the figures at arrival and now. Their failures, read after:
the 151st labels a formal name ("Республики Крым") as its last word and the Soviet Union
inside an organ's name ("Президиум Верховного Совета СССР"), which the older sets do not;
the 152nd, districts of London, counties and islands the data does not draw. Kinds fixed
from them (each with a test): a quoted title after someone's possessive (Led Zeppelin's
"Kashmir", the Eagles' "Hotel California") and a name beside "the brand" as no place; a
table's unit heading ("(тыс. кв. км)") as no figure; coal as no ground.

tests/data/dev_passages_153.jsonl to tests/data/dev_passages_157.jsonl (100 rows each)
were written blind later the same way, from one brief: encyclopedia leads and sections on
disputed territories and on Ukraine's oblasts, with native names, "also known as" and
conversions in brackets (70 English, 15 Russian, 15 Ukrainian); news of the war in
Ukraine 2022-2025 of the kind a fact-checker checks (60 English, 20 Ukrainian, 20
Russian); news and analysis of disputes outside Ukraine (80 English, 10 Russian, 10
Ukrainian); Russian- and Ukrainian-language media of every kind, names in every case
(45 Russian, 45 Ukrainian, 10 English); and English sentences stating figures in every
way they are said, headlines, posts and transcripts included (100 English). Brought to
the scheme: Arakan, Volyn, Kamchatka and Dhekelia as the data's units (4 labels); Silesia
and Pomerania kept as historical areas. Scored at arrival (as written, then brought to
the scheme), then now:

- 153: 0.890 / 0.682 with 85.4%, 0.914 / 0.701 with 85.4% -> 0.915 / 0.708 with 85.4%;
- 154: 0.966 / 0.898 with 76.4% (unchanged by the scheme) -> 0.991 / 0.906 with 77.5%;
- 155: 0.926 / 0.895 with 83.6%, 0.931 / 0.900 with 83.6% -> 0.931 / 0.900 with 83.6%;
- 156: 0.975 / 0.799 with 83.2% (unchanged by the scheme) -> 0.975 / 0.799 with 84.0%;
- 157: 0.928 / 0.843 with 76.8% (unchanged by the scheme) -> 0.929 / 0.850 with 81.9%.

Their bars are the lower of the figures at arrival and now. Their failures, read after,
are mostly places the data does not draw (raions listed by name, hromadas, Russian
districts, continents and historical lands) and wholes given only by context; the 153rd
labels an encyclopedia's native-script names ("Аԥсны", "Qırım") and the self-proclaimed
republics' own names as entities. Kinds fixed from them (each with a test): results of a
vote listed after a share of voters and a quoted share of votes as no ground; figures
said respectively of "the territory of" a list after them, and of countries; a capital
"in control of" ground as its government; a canal's ends as no places; a plural of
"republic" closing a list; headlines in Title Case; "a 1,000-square-kilometre pocket in"
a place; ground ceded; "its 1937 territory"; Ukrainian regional nouns in Latin letters.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from text_scoring import ALL_KINDS, MEASURED, claims_exact, read_rows, score, score_lines

DATA = Path(__file__).parent / "data"
#: Each set and its bar: precision and recall on regions, entities and areas, claims exact.
SETS = {
    "dev_passages.jsonl": (0.98, 0.97, 0.95),
    "dev_passages_2.jsonl": (0.97, 0.99, 0.94),
    "dev_passages_3.jsonl": (0.92, 0.94, 0.93),
    "dev_passages_4.jsonl": (0.96, 0.97, 0.98),
    "dev_passages_5.jsonl": (0.94, 0.97, 0.99),
    "dev_passages_6.jsonl": (0.92, 0.96, 0.90),
    "dev_passages_7.jsonl": (0.93, 0.96, 0.85),
    "dev_passages_8.jsonl": (0.97, 0.96, 0.86),
    "dev_passages_9.jsonl": (0.94, 0.97, 0.92),
    "dev_passages_10.jsonl": (0.94, 0.94, 0.85),
    "dev_passages_11.jsonl": (0.92, 0.95, 0.92),
    "dev_passages_12.jsonl": (0.91, 0.95, 0.90),
    "dev_passages_13.jsonl": (0.92, 0.91, 0.85),
    "dev_passages_14.jsonl": (0.92, 0.93, 0.91),
    "dev_passages_15.jsonl": (0.95, 0.96, 0.92),
    "dev_passages_16.jsonl": (0.90, 0.94, 0.94),
    "dev_passages_17.jsonl": (0.88, 0.86, 0.87),
    "dev_passages_18.jsonl": (0.89, 0.92, 0.89),
    "dev_passages_19.jsonl": (0.89, 0.91, 0.82),
    "dev_passages_20.jsonl": (0.89, 0.91, 0.86),
    "dev_passages_21.jsonl": (0.89, 0.91, 0.84),
    "dev_passages_22.jsonl": (0.90, 0.92, 0.86),
    "dev_passages_23.jsonl": (0.96, 0.91, 0.83),
    "dev_passages_24.jsonl": (0.91, 0.83, 0.85),
    "dev_passages_25.jsonl": (0.96, 0.96, 0.90),
    "dev_passages_26.jsonl": (0.92, 0.95, 0.93),
    "dev_passages_27.jsonl": (0.89, 0.95, 0.90),
    "dev_passages_28.jsonl": (0.93, 0.88, 0.90),
    "dev_passages_29.jsonl": (0.92, 0.94, 0.83),
    "dev_passages_30.jsonl": (0.86, 0.93, 0.91),
    "dev_passages_31.jsonl": (0.92, 0.95, 0.85),
    "dev_passages_32.jsonl": (0.84, 0.98, 0.96),
    "dev_passages_33.jsonl": (0.90, 0.94, 0.91),
    "dev_passages_34.jsonl": (0.93, 0.93, 0.96),
    "dev_passages_35.jsonl": (0.91, 0.98, 0.93),
    "dev_passages_36.jsonl": (0.92, 0.97, 0.87),
    "dev_passages_37.jsonl": (0.84, 0.95, 0.90),
    "dev_passages_38.jsonl": (0.92, 0.95, 0.93),
    "dev_passages_40.jsonl": (0.92, 0.95, 0.94),
    "dev_passages_41.jsonl": (0.88, 0.97, 0.94),
    "dev_passages_42.jsonl": (0.86, 0.96, 0.95),
    "dev_passages_43.jsonl": (0.92, 0.97, 0.87),
    "dev_passages_44.jsonl": (0.93, 0.97, 0.89),
    "dev_passages_45.jsonl": (0.90, 0.94, 0.91),
    "dev_passages_46.jsonl": (0.94, 0.94, 0.96),
    "dev_passages_47.jsonl": (0.97, 0.95, 0.86),
    "dev_passages_48.jsonl": (0.96, 0.96, 0.87),
    "dev_passages_49.jsonl": (0.97, 0.97, 0.93),
    "dev_passages_50.jsonl": (0.95, 0.96, 0.92),
    "dev_passages_51.jsonl": (0.97, 0.98, 0.95),
    "dev_passages_52.jsonl": (0.94, 0.96, 0.93),
    "dev_passages_53.jsonl": (0.99, 0.96, 0.91),
    "dev_passages_54.jsonl": (0.97, 0.95, 0.93),
    "dev_passages_55.jsonl": (0.95, 0.92, 0.87),
    "dev_passages_56.jsonl": (0.97, 0.97, 0.95),
    "dev_passages_57.jsonl": (0.97, 0.97, 0.91),
    "dev_passages_58.jsonl": (0.91, 0.94, 0.89),
    "dev_passages_59.jsonl": (0.94, 0.98, 0.94),
    "dev_passages_60.jsonl": (0.95, 0.94, 0.94),
    "dev_passages_61.jsonl": (0.94, 0.89, 0.89),
    "dev_passages_62.jsonl": (0.97, 0.96, 0.91),
    "dev_passages_63.jsonl": (0.95, 0.96, 0.96),
    "dev_passages_64.jsonl": (0.96, 0.97, 0.98),
    "dev_passages_65.jsonl": (0.94, 0.88, 0.89),
    "dev_passages_66.jsonl": (0.88, 0.91, 0.75),
    "dev_passages_67.jsonl": (0.91, 0.94, 0.85),
    # (its writer keeps "islets" in "the Habomai islets", which ten rows of other sets
    # leave out)
    "dev_passages_68.jsonl": (0.89, 0.92, 0.88),
    "dev_passages_69.jsonl": (0.92, 0.84, 0.74),
    "dev_passages_70.jsonl": (0.89, 0.90, 0.92),
    "dev_passages_71.jsonl": (0.93, 0.85, 0.91),
    "dev_passages_72.jsonl": (0.95, 0.94, 0.92),
    "dev_passages_73.jsonl": (0.87, 0.75, 0.92),
    "dev_passages_74.jsonl": (0.97, 0.93, 0.89),
    "dev_passages_75.jsonl": (0.93, 0.84, 0.98),
    "dev_passages_76.jsonl": (0.97, 0.92, 0.92),
    "dev_passages_77.jsonl": (0.98, 0.89, 0.98),
    "dev_passages_78.jsonl": (0.93, 0.87, 0.96),
    "dev_passages_79.jsonl": (0.96, 0.91, 0.86),
    "dev_passages_80.jsonl": (0.94, 0.87, 0.93),
    "dev_passages_81.jsonl": (0.94, 0.96, 0.93),
    "dev_passages_82.jsonl": (0.97, 0.96, 0.86),
    "dev_passages_83.jsonl": (0.94, 0.94, 0.97),
    "dev_passages_84.jsonl": (0.95, 0.89, 0.89),
    "dev_passages_85.jsonl": (0.98, 0.97, 0.86),
    "dev_passages_86.jsonl": (0.98, 0.97, 0.91),
    "dev_passages_87.jsonl": (0.97, 0.93, 0.94),
    "dev_passages_88.jsonl": (0.95, 0.94, 0.90),
    "dev_passages_89.jsonl": (0.96, 0.99, 0.91),
    "dev_passages_90.jsonl": (0.95, 0.95, 0.92),
    "dev_passages_91.jsonl": (0.96, 0.91, 0.85),
    "dev_passages_92.jsonl": (0.95, 0.92, 0.82),
    "dev_passages_93.jsonl": (0.90, 0.94, 0.82),
    "dev_passages_94.jsonl": (0.98, 0.99, 0.80),
    "dev_passages_95.jsonl": (0.92, 0.95, 0.83),
    "dev_passages_96.jsonl": (0.92, 0.90, 0.87),
    "dev_passages_97.jsonl": (0.94, 0.89, 0.84),
    "dev_passages_98.jsonl": (0.91, 0.93, 0.82),
    "dev_passages_99.jsonl": (0.99, 0.97, 0.92),
    "dev_passages_100.jsonl": (0.93, 0.83, 0.85),
    "dev_passages_101.jsonl": (0.88, 0.84, 0.81),
    "dev_passages_102.jsonl": (0.99, 0.99, 0.85),
    "dev_passages_103.jsonl": (0.94, 0.82, 0.93),
    "dev_passages_104.jsonl": (0.92, 0.89, 0.91),
    "dev_passages_105.jsonl": (0.95, 0.88, 0.97),
    "dev_passages_106.jsonl": (0.84, 0.73, 0.87),
    "dev_passages_107.jsonl": (0.93, 0.86, 0.94),
    "dev_passages_108.jsonl": (0.99, 0.99, 0.94),
    "dev_passages_109.jsonl": (0.94, 0.89, 0.86),
    "dev_passages_110.jsonl": (0.93, 0.86, 0.95),
    "dev_passages_111.jsonl": (0.93, 0.87, 0.92),
    "dev_passages_112.jsonl": (0.98, 0.97, 0.97),
    "dev_passages_113.jsonl": (0.95, 0.97, 0.81),
    "dev_passages_114.jsonl": (0.95, 0.93, 0.86),
    "dev_passages_115.jsonl": (0.95, 0.78, 0.92),
    "dev_passages_116.jsonl": (0.95, 0.97, 0.90),
    "dev_passages_117.jsonl": (0.96, 0.89, 0.83),
    "dev_passages_118.jsonl": (0.96, 0.97, 0.85),
    "dev_passages_119.jsonl": (0.91, 0.83, 0.90),
    "dev_passages_120.jsonl": (0.98, 0.90, 0.84),
    "dev_passages_121.jsonl": (0.80, 0.70, 0.84),
    "dev_passages_122.jsonl": (0.95, 0.86, 0.89),
    "dev_passages_123.jsonl": (0.96, 0.87, 0.83),
    "dev_passages_124.jsonl": (0.99, 0.97, 0.86),
    "dev_passages_125.jsonl": (0.93, 0.90, 0.91),
    "dev_passages_126.jsonl": (0.93, 0.91, 0.94),
    "dev_passages_127.jsonl": (0.98, 1.00, 0.89),
    "dev_passages_128.jsonl": (0.93, 0.85, 0.91),
    "dev_passages_129.jsonl": (0.90, 0.82, 0.91),
    "dev_passages_130.jsonl": (0.95, 0.84, 0.88),
    "dev_passages_131.jsonl": (0.95, 0.93, 0.83),
    "dev_passages_132.jsonl": (0.96, 0.93, 0.86),
    "dev_passages_133.jsonl": (0.96, 0.91, 0.90),
    "dev_passages_134.jsonl": (0.94, 0.95, 0.92),
    "dev_passages_135.jsonl": (0.94, 0.89, 0.86),
    "dev_passages_136.jsonl": (0.95, 0.96, 0.86),
    "dev_passages_137.jsonl": (0.99, 0.98, 0.75),
    "dev_passages_138.jsonl": (0.95, 0.94, 0.85),
    "dev_passages_139.jsonl": (0.93, 0.93, 0.83),
    "dev_passages_140.jsonl": (0.97, 0.94, 0.76),
    "dev_passages_141.jsonl": (0.90, 0.90, 0.95),
    "dev_passages_142.jsonl": (0.88, 0.86, 0.88),
    "dev_passages_143.jsonl": (0.96, 0.98, 0.79),
    "dev_passages_144.jsonl": (0.88, 0.91, 0.89),
    "dev_passages_145.jsonl": (0.95, 0.91, 0.77),
    "dev_passages_146.jsonl": (0.98, 0.96, 0.86),
    "dev_passages_147.jsonl": (0.93, 0.89, 0.80),
    "dev_passages_148.jsonl": (0.99, 0.92, 0.75),
    "dev_passages_149.jsonl": (0.94, 0.89, 0.81),
    "dev_passages_150.jsonl": (0.93, 0.85, 0.85),
    "dev_passages_151.jsonl": (0.94, 0.86, 0.73),
    "dev_passages_152.jsonl": (0.87, 0.80, 0.91),
    "dev_passages_153.jsonl": (0.91, 0.70, 0.85),
    "dev_passages_154.jsonl": (0.96, 0.89, 0.76),
    "dev_passages_155.jsonl": (0.93, 0.90, 0.83),
    "dev_passages_156.jsonl": (0.97, 0.79, 0.83),
    "dev_passages_157.jsonl": (0.92, 0.84, 0.76),
}


def _rows(name: str = "dev_passages.jsonl") -> list[dict]:
    return read_rows(DATA / name)


def _about_ukraine(row: dict) -> bool:
    return row["rule"].startswith(("ua ", "ua/", "ukraine")) or any(
        str(m.get("unit_id") or "").startswith("UA-") or m.get("country") == "UKR"
        for m in row["mentions"]
    )


@pytest.mark.parametrize("name", SETS)
def test_dev_passages_are_consistent(name):
    rows = _rows(name)
    assert len(rows) >= 100
    for r in rows:
        for m in r["mentions"]:
            assert r["text"][m["start"] : m["end"]] == m["surface"], r["text"]
            assert m["kind"] in ALL_KINDS


@pytest.mark.parametrize("name", SETS)
def test_dev_passages_scores(capsys, name):
    rows = _rows(name)
    subsets = {
        "all": rows,
        "outside Ukraine": [r for r in rows if not _about_ukraine(r)],
    }
    lines = score_lines(name, subsets)
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert len(lines) == 3 * len(subsets)


@pytest.mark.parametrize("name", SETS)
def test_dev_passages_reach_the_bar(name):
    bar_p, bar_r, bar_claims = SETS[name]
    rows = _rows(name)
    p, rc, *_ = score(rows, MEASURED)
    exact, total, _ = claims_exact(rows)
    assert p >= bar_p
    assert rc >= bar_r
    assert exact / total >= bar_claims
