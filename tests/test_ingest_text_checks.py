"""Decoded bytes that are printable yet not text, and the language a document declares or is written in."""

from __future__ import annotations

import codecs

import pytest

from footprint.errors import BinaryInput
from footprint.ingest.base import decode_bytes
from footprint.ingest.html import read_html
from footprint.ingest.language import declared_in_html, document_language, primary_subtag
from footprint.ingest.text import read_text

# invented report lines, in English and in the other languages a Sahel corpus holds
ENGLISH = ("Gunmen on motorbikes attacked the market of a border town on Sunday and burned shops, "
           "a local official said. The army said it had sent troops to the area after the attack. ") * 3
FRENCH = ("Des hommes armés à moto ont attaqué le marché d'une ville frontalière dimanche et incendié "
          "des boutiques, a indiqué un élu local. L'armée a dit avoir envoyé des soldats dans la zone. ") * 3
RUSSIAN = "Вооружённые люди на мотоциклах напали на рынок приграничного города в воскресенье, сообщил чиновник."
ARABIC = "هاجم مسلحون على دراجات نارية سوق بلدة حدودية يوم الأحد وأحرقوا متاجر، حسبما قال مسؤول محلي."
CHINESE = "星期日，骑摩托车的武装分子袭击了一个边境小镇的市场并烧毁了商店，一名地方官员说。"


@pytest.mark.parametrize("raw", [b"\x00\xff" * 64, b"\xff\x00" * 300, b"\x00\xe9\x00\xfc\x00\xe0\x00\xf6" * 40],
                         ids=["one-letter-be", "one-letter-le", "latin1-letters"])
def test_bytes_taken_for_utf16_without_a_bom_but_not_text_are_refused_naming_the_file(raw):
    with pytest.raises(BinaryInput, match=r"blob\.txt: binary input") as err:
        read_text(raw, source_name="blob.txt")
    assert "utf-16" in str(err.value) and "without a byte-order mark" in str(err.value)


def test_mostly_symbols_read_as_utf16_without_a_bom_are_refused():
    with pytest.raises(BinaryInput, match=r"sym\.txt: .*not letters, digits or punctuation.*without a byte-order mark"):
        decode_bytes(("§¤¬" * 20).encode("utf-16-le"), "sym.txt")


@pytest.mark.parametrize("text", [ENGLISH, FRENCH, RUSSIAN, ARABIC, CHINESE])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_real_text_in_any_script_and_utf16_with_a_bom_still_decodes(text, encoding):
    raw = text.encode(encoding)  # Python's utf-16 writes a byte-order mark
    assert encoding == "utf-8" or raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    assert decode_bytes(raw, "r.txt").text == text


def test_english_utf16_without_a_bom_still_decodes():
    assert decode_bytes(ENGLISH.encode("utf-16-le"), "r.txt").text == ENGLISH


def test_a_short_text_is_not_judged_and_utf8_is_not_judged_at_all():
    assert decode_bytes("ÿÿÿ".encode("utf-16-le"), "short.txt").text == "ÿÿÿ"
    assert decode_bytes(("x" * 500).encode(), "long.txt").text == "x" * 500  # a hostile line, refused later or not


def test_declared_language_is_read_from_the_html_element():
    assert declared_in_html('<!doctype html><html class="x" lang="fr-FR"><body>') == "fr"
    assert declared_in_html("<html lang=ar><body>") == "ar"
    assert declared_in_html("<html><body lang='de'>") is None
    assert primary_subtag("pt_BR") == "pt" and primary_subtag("français!") is None and primary_subtag(3) is None


def test_language_follows_the_words_over_the_declaration():
    assert document_language(FRENCH, "fr") == "fr"
    assert document_language(ENGLISH, "fr") == "en"  # a template's lang="fr" over English copy
    assert document_language(FRENCH, None) == "und"
    assert document_language(FRENCH, "en") == "und"
    assert document_language("Attack in Gao.", None) == "en"


def _page(lang: str, body: str) -> bytes:
    return f'<html lang="{lang}"><head><title>T</title></head><body><article><p>{body}</p></article></body></html>'.encode()


def test_a_french_page_is_stored_as_french_and_its_declaration_kept():
    doc = read_html(_page("fr", FRENCH), source_name="page.html")
    assert doc.language == "fr" and doc.meta["declared_language"] == "fr"
    doc = read_html(_page("fr", ENGLISH), source_name="page.html")
    assert doc.language == "en" and doc.meta["declared_language"] == "fr"
    assert read_text(ENGLISH.encode(), source_name="r.txt").language == "en"
