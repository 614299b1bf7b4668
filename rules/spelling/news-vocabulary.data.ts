// The built-in news vocabulary: names, places, agencies and newsroom words that
// Hunspell's English dictionaries lack. One entry a line; a line of spellings
// joined by ` | ` lists accepted variants of one name (transliterations,
// accents), which consistency-spelling keeps to one a story, first one
// preferred on a tie. Sorted case-insensitively by first spelling; every
// spelling appears once; single entries are words the dictionaries do not
// already know (test/data/spelling-news-vocabulary.test.ts checks all three).
export const newsVocabulary = `
Ababa
Abdullah
Abiy
Abkhazia
Abkhazian
Adani
Addis
Akhundzada
Albanese
Alexievich
Aliyev
Anadolu
Antara
Ardern
Arrabal
Asean
Asharq
Asuncion | Asunción
Avdiivka
Axios
Baerbock
Bakhmut
Baltics
Bankova
Belgorod
Belousov
Bernama
Bezos
Blinken
Bogota | Bogotá
Bolsonaro
Borrell
Brasilia | Brasília
Brexiteer
Brexiteers
Budanov
Bukele
Bundesrat
Bundeswehr
Burhan
Busan
chatbot
chatbots
Chernihiv
Covid
cyberattack
cyberattacks
Cymru
Dagestan
Dems
Dmitry
Dnieper
Dnipro
Donbas | Donbass
dpa
Duda
Duma
Dvorkovich
Dáil
Ecowas
Elysee | Elysée
Erbil
Erdogan | Erdoğan
Euromaidan
Europol
Eurostat
Eurozone
eurozone
Fein | Féin
Fidesz
Folketing
Frontex
frontline
frontlines
Fukushima
Gaddafi | Qaddafi | Gadhafi
Gazprom
Gerasimov
Goma
Gomel
Grodno | Hrodna
Guaido | Guaidó
Guterres
Haaretz
Hamas
Haniyeh
Hebron
Hochul
Holyrood
Homs
Houthi
Houthis
Idlib
Interfax
Ishiba
Jazeera
Jeddah
Jenin
Jinping
Juba
Kadyrov
Kagame
Kaliningrad
Kanal
Karabakh
Khamenei
Kharkiv
Kherson
Kishida
Klitschko
Kolesnikova
Kommersant
Kuczynski
Kuleba
Kursk
Kyiv | Kiev
Kyodo
Lapid
Lavrov
Likud
livestream
livestreamed
lockdown
lockdowns
Luhansk
Lukashenko | Lukashenka
Lviv
Maduro
Maidan
Matignon
Matviyenko
Meduza
Medvedev
Meloni
Mercosur
Merz
Milei
Mishustin
Mitsotakis
Modi
Mogilev
Morawiecki
Nabiullina
Nablus
Nato
Navalny
Naypyidaw | Naypyitaw
Nebenzia
Netanyahu
netizens
newsfeed
Nexta
Novosti
Obrador
Odesa | Odessa
Ofcom
Ofgem
Ofsted
Oireachtas
Opec
Orban | Orbán
Ossetia
Pashinyan
Penh
Pervy
Peskov
Pezeshkian
Phnom
Podemos
Poroshenko
Presse
Prigozhin
Quai
Rafah
Raisi
Ramallah
Ramaphosa
Raqqa
Riksdag
Rohingya
Rosatom
Roscosmos
Rosgvardia
Roskomnadzor
Rosneft
Rossiya
Rouhani
Ruto
Rutte
Saeima
Sanaa
Sanchez | Sánchez
Scholz
Seimas
Sejm
Senedd
Sheinbaum
Shenzhen
Shmyhal
Shoigu
Sinn
Sinwar
Sisi
Starmer
Stoltenberg
Stormont
Storting
Sunak
Sviatlana | Svetlana
Sybiha
Syriza
Syrskyi
Taoiseach
Tigray
Tinubu
Tiraspol
Tokayev
Transnistria
Tsikhanouskaya | Tikhanovskaya
Tsikhanousky | Tikhanovsky
Tymoshenko
Tánaiste
Ukrinform
Unesco
Unicef
unvaccinated
Ushakov
Uyghur | Uighur
Uyghurs | Uighurs
Varadkar
Verkhovna
Vitebsk
Volodin
Volodymyr
whistleblower
whistleblowers
Xinhua
Yanukovych
Yermak
Yonhap
Younis
Zakharova
Zaluzhnyi
Zaporizhzhia
Zelenska
Zelensky | Zelenskyy | Zelenskiy | Selenskyj
Ziobro
Zuckerberg
`
