"""Issue 13: English text is recognised without loading the language model, and no text in another
language is ever taken for English by that shortcut."""

from __future__ import annotations

import pytest

from newsevents.nlp.language import FunctionWords, LanguageDetector

pytestmark = pytest.mark.issue(13)

ENGLISH = {
    "one sentence": "The US envoy met NATO allies in Brussels on Monday.",
    # names are most of the words: they count neither for nor against English
    "mostly names": "Kenya's Ruto hosted Ethiopian and Somali leaders in Nairobi last week.",
    "wire story": (
        "KABUL, Nov 8 (Reuters) - Afghanistan's Taliban government said on Monday it had arrested dozens of "
        "people accused of planning attacks in the capital, a week after a bombing at a military hospital "
        "killed at least 19 people. A spokesman for the interior ministry told reporters that the suspects "
        "were linked to Islamic State and that more arrests would follow in the coming days."),
    "with names": (
        "UN envoy Staffan de Mistura met President George W. Bush and Jean-Claude Juncker in Geneva, where "
        "the talks on Syria were held. He said that the sides had agreed to meet again after the elections."),
}

OTHER_LANGUAGES = {
    "fr": (
        "Le gouvernement français a annoncé lundi une série de mesures pour soutenir les agriculteurs touchés "
        "par la sécheresse. Selon le ministre, les aides seront versées avant la fin du mois et concerneront "
        "plus de dix mille exploitations dans le sud du pays, où la situation reste très préoccupante."),
    "de": (
        "Die Bundesregierung hat am Montag neue Maßnahmen zur Unterstützung der Landwirte angekündigt, die "
        "unter der Dürre leiden. Nach Angaben des Ministers sollen die Hilfen noch vor Ende des Monats "
        "ausgezahlt werden und mehr als zehntausend Betriebe im Süden des Landes erreichen."),
    "es": (
        "El gobierno español anunció el lunes un paquete de medidas para apoyar a los agricultores afectados "
        "por la sequía. Según el ministro, las ayudas se pagarán antes de fin de mes y llegarán a más de diez "
        "mil explotaciones en el sur del país, donde la situación sigue siendo muy grave."),
    "ru": (
        "Правительство России в понедельник объявило о новых мерах поддержки фермеров, пострадавших от "
        "засухи. По словам министра, помощь будет выплачена до конца месяца и охватит более десяти тысяч "
        "хозяйств на юге страны, где ситуация остаётся очень тяжёлой."),
    "ar": (
        "أعلنت الحكومة يوم الاثنين عن حزمة من الإجراءات لدعم المزارعين المتضررين من الجفاف. وقال الوزير إن "
        "المساعدات ستصرف قبل نهاية الشهر وستشمل أكثر من عشرة آلاف مزرعة في جنوب البلاد حيث لا يزال الوضع "
        "صعبا للغاية."),
    "it": (
        "Il governo italiano ha annunciato lunedì un pacchetto di misure per sostenere gli agricoltori colpiti "
        "dalla siccità. Secondo il ministro, gli aiuti saranno versati entro la fine del mese e riguarderanno "
        "più di diecimila aziende nel sud del paese, dove la situazione resta molto grave."),
    "pt": (
        "O governo português anunciou na segunda-feira um pacote de medidas para apoiar os agricultores "
        "afetados pela seca. Segundo o ministro, os apoios serão pagos antes do fim do mês e vão chegar a "
        "mais de dez mil explorações no sul do país, onde a situação continua muito grave."),
    "nl": (
        "De Nederlandse regering heeft maandag een pakket maatregelen aangekondigd om boeren te steunen die "
        "door de droogte zijn getroffen. Volgens de minister wordt de steun voor het einde van de maand "
        "uitbetaald en gaat het om meer dan tienduizend bedrijven in het zuiden van het land."),
}


@pytest.fixture(scope="module")
def words() -> FunctionWords:
    return FunctionWords.bundled()


@pytest.mark.parametrize("name", list(ENGLISH))
def test_english_is_recognised_without_the_model(name):
    detector = LanguageDetector()
    assert detector(ENGLISH[name]) is None
    assert detector._identifier is None, "the language model was not loaded"


@pytest.mark.parametrize("language", list(OTHER_LANGUAGES))
def test_other_languages_are_never_evidently_english(language, words):
    text = OTHER_LANGUAGES[language]
    assert not words.evidently_english(text)
    # nor when English names and a quoted English phrase are mixed in
    assert not words.evidently_english(f"{text} «The US and the UN», a déclaré John Smith of the BBC.")


@pytest.mark.parametrize("language", list(OTHER_LANGUAGES))
def test_the_model_still_names_other_languages(language):
    assert LanguageDetector()(OTHER_LANGUAGES[language]) == language


def test_a_text_without_words_is_not_evidently_english(words):
    assert not words.evidently_english("2021-11-08 12:00 ... 42")
    assert not words.evidently_english("")
