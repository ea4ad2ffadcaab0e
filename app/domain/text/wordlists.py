"""Word lists per language (rules, not user data): function words, stopwords, pronouns."""

from __future__ import annotations

from typing import Literal

Language = Literal["fi", "sv", "en"]
LANGUAGES: tuple[Language, ...] = ("fi", "sv", "en")


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``; keeps the lists below readable."""
    return frozenset(text.split())


# Function words: frequent, short, and the strongest clue to a short text's language.
_FI = word_set(
    """
ja on ei se että kun mutta tai jos niin myös kuin mitä mikä mitkä joka jotka jota jonka joita
ovat oli olen olet olemme olette olivat ole ollut olla olisi ollaan oon ois oli olin
voi voin voit voimme voidaan pitää täytyy kannattaa tulee tuli tulla saa sai saada
minä mä sinä sä hän me te he mun minun sun sinun hänen meidän teidän heidän meillä meille
meitä minulle minua minulla mulle mua mulla mulla sulle meiltä meistä minusta musta
tämä tää tämän tässä tästä tähän tätä nämä näitä näistä näissä se sen siitä siinä sitä siihen
ne niitä niiden ja siksi sitten nyt vielä jo aina usein joskus paljon vain vaan kanssa ilman
jälkeen ennen aikana kautta mukaan kohti yli alla ympäri kaikki kaikkia kaikille kaikkien
miten miksi missä mistä mihin milloin kuka ketkä onko oliko eikö ettei jotta koska vaikka sekä
eli esim noin klo mm jne kyllä ehkä aivan todella tosi erittäin vähän enemmän eniten hieman
yhdessä mukana siis juuri itse oma oman omaa omat omia näin jotain joku jokin mitään kukaan
toinen toisen ensin nopeasti hyvin hyvä hyvää hyviä uusi uuden uutta tänään huomenna eilen
kiitos kiitokset tervetuloa hei moi terveisin ihan vähän liian tosin kuitenkin taas edelleen
ainakin heti myöhemmin pian koko jokainen jokaisen moni monet monta muut muita muiden
tästä mitäs entä ehkä varmasti selvästi oikeasti lisää kertoa kerron kerroin huomasin paras
"""
)
_SV = word_set(
    """
och att det som en ett är av för på med till den har inte om jag vi du han hon de dem men så
var från kan ska vill när hur vad varför eller också bara mycket nu här där sig min mitt mina
mig vår vårt våra oss er ert era deras detta dessa denna efter under över mellan utan mot
genom hos idag igår imorgon tack alla allt många någon något några inget ingen ju väl redan
alltid ofta aldrig lite mer mest hela bra nya ny blir blev bli varit finns fanns gör göra
gjorde får fick kommer kom tycker tror vet ser säger sätt tillsammans eftersom därför samt
även vilket vilka vilken sina sin sitt hade ha skulle kunde måste behöver känns fram upp ut
igen tillbaka fortfarande verkligen riktigt gärna dvs osv bl.a t.ex sedan sen innan medan
både än då vem vars dig din ditt dina hans hennes jobbet jobba arbete veckan dag år också
hej välkommen välkomna hälsningar tusen stort stor stora viktigt viktig kul roligt härligt fin
fint bästa bäst ikväll kl
"""
)
_EN = word_set(
    """
the and to of a in is it that for on with as was are be this have has had not but at by from
or an they we you he she my our your their his her its me us them what which who how why
when where there here will would can could should just so if about out up more most all some
no one do does did don't i'm it's we're i've i'd i'll that's than then into over been being
were am very really today yesterday tomorrow week thank thanks great new these those also
only every because while through after before still even like get got make made time way
thing think know see said let's let any many much own other our ours myself ourselves
something nothing everything anyone everyone someone without within between during across
again always never often sometimes maybe perhaps actually already yet ever via per
isn't aren't wasn't can't won't didn't doesn't you're they're we've you've
"""
)

FUNCTION_WORDS: dict[Language, frozenset[str]] = {
    "fi": _FI,
    "sv": _SV,
    "en": _EN,
}

# Function words that still say something in a phrase or a topic ("kiitos kaikille", "tack").
_MEANINGFUL: dict[Language, str] = {
    "fi": """kiitos kiitokset tervetuloa hyvä hyvää hyviä hyvin uusi uuden uutta tänään huomenna
    eilen kannattaa kertoa kerron kerroin huomasin yhdessä nopeasti varmasti selvästi oikeasti
    paras hei moi terveisin""",
    "sv": """tack tillsammans bra nya ny idag igår imorgon ikväll hej välkommen välkomna hälsningar
    viktigt viktig kul roligt härligt jobbet jobba arbete veckan stort stor stora bästa bäst""",
    "en": "today yesterday tomorrow thank thanks great new week think know see said let let's",
}
# Words that carry no topic and make no phrase on their own.
_STOP_EXTRA: dict[Language, str] = {
    "fi": """olen olin oli ollut paljon asia asiaa asiat asioita aika ajan aikaa tapa tavalla
    teillä teille teiltä teistä teitä heillä heille heistä meinaan
    kerran kertaa vuonna vuoden vuotta viikolla viikon päivä päivää asti""",
    "sv": """lite mycket sak saker något tid gång gånger sätt er ert era dem deras tycker
    tycka tror år året veckan dag dagen""",
    "en": """lot lots really thing things way time times got get getting one two yours think
    year years week day days""",
}
STOPWORDS: dict[Language, frozenset[str]] = {
    lang: (FUNCTION_WORDS[lang] - word_set(_MEANINGFUL[lang])) | word_set(_STOP_EXTRA[lang])
    for lang in LANGUAGES
}

# Everyday words that are frequent in anyone's posts but name no topic: generic nouns
# ("aihe", "thing"), size and praise ("iso", "great"), time, counting and saying verbs. With the
# stopwords and the meaningful function words above, they are never listed as what a person
# writes about. Each word is listed in one form: voice/topics.py compares them by their Snowball
# stem (text/stems.py), so "aiheesta" goes with "aihe"; a second form is listed only where the
# stemmer gives it another stem ("ihmiset" beside "ihminen"'s "ihmin", "päivän").
_GENERAL: dict[Language, str] = {
    "fi": """aihe asia asiasta asioista juttu iso suuri suuret pieni pienet pieniä uudet uusia
    hyvät parhaat parempi tärkeä tärkeää tärkeintä hieno mahtava kiva upea upeaa vuosi vuodet
    viikko kuukausi kuukauden päivän hetki kerta ihmiset ihmisten ihmistä kaikki todella oikein
    vähän enemmän eniten viime ensi seuraava ensimmäinen ensimmäistä toinen kolme kaksi neljä
    viisi monta moni monet usein aina joskus tehdä tehty tekee teimme tein sanoa sanoi puhua
    puhuttiin kerro kertoi kertoo miettiä oppia opimme oppinut lukea lue lisää mukaan osa
    tilanne lopulta jossa joissa mieltä mielestä mielipide mielipiteesi""",
    "sv": """ämne ämnet liten små lilla nytt bättre fin fint toppen år året åren vecka månad
    månaden gången människor alla allt ofta alltid ibland förra nästa första andra tre två fyra
    många göra gjorde gjort säga sa prata berätta lära lärde lärt läsa mer mest del""",
    "en": """topic thing big small better best good important awesome amazing year month week
    day time people everyone everybody really last next first second three two four many often
    always sometimes make made do did done say said talk tell told learn learnt read more most
    part lot""",
}
NOT_TOPICS: dict[Language, frozenset[str]] = {
    lang: STOPWORDS[lang] | word_set(_MEANINGFUL[lang]) | word_set(_GENERAL[lang])
    for lang in LANGUAGES
}

# First person pronouns, singular and plural, in every case form people write.
FIRST_SINGULAR: dict[Language, frozenset[str]] = {
    "fi": word_set(
        "minä mä mää mun minun minua mua minulla mulla minulle mulle minulta multa "
        "minusta musta minussa mussa minuun muhun"
    ),
    "sv": word_set("jag mig mej min mitt mina"),
    "en": word_set("i me my mine myself i'm i've i'd i'll"),
}
FIRST_PLURAL: dict[Language, frozenset[str]] = {
    "fi": word_set("me meidän meitä meillä meille meiltä meistä meissä meihin meidät"),
    "sv": word_set("vi oss vår vårt våra"),
    "en": word_set("we us our ours ourselves we're we've we'd we'll"),
}

# Words that make an opener a greeting (first word) or a thank-you (first two words).
GREETINGS: dict[Language, frozenset[str]] = {
    "fi": word_set("hei moi moikka terve huomenta hyvää tervehdys"),
    "sv": word_set("hej hejsan tjena hallå god"),
    "en": word_set("hi hello hey dear good"),
}
THANKS: dict[Language, frozenset[str]] = {
    "fi": word_set("kiitos kiitokset kiittää"),
    "sv": word_set("tack tackar"),
    "en": word_set("thanks thank grateful"),
}
