"""The facts of an English page of a Chinese site: the competition, its edition, stage and organisers.

Universities, city governments and news sites publish English versions of their announcements (a student case
competition on a university's English site, the Shanghai Award's call on UN-Habitat's, a China Daily story on the
Guangzhou Award). The Chinese parsers find nothing in them. English writes the same facts in its own fixed ways,
which these rules read:

* the competition is a capitalised name with a head noun (``Award``, ``Competition``, ``Prize``…), numbered by an
  ordinal before it (``the 9th College Student Case Study Competition of City Governance``, ``the first cycle of
  the Global Award for Sustainable Development in Cities``) or after it (``its 3rd award cycle``), its short name
  in brackets after the full one (``… for Urban Innovation (Guangzhou Award)``);
* the bodies and their roles follow a participle and ``by`` (``hosted by SJTU and co-organized by …``).
"""

from __future__ import annotations

import re

from crawler.parse.organisers import canonical_organisation

_LATIN = re.compile(r"[A-Za-z]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# A word of a name: capitalised (or an acronym, or a number in it: SDG 11), or one of the small words inside one.
_NAME_WORD = r"(?:[A-Z][\w'’&.-]*|of|for|in|on|and|the|&)"
_HEAD = r"(?:Awards?|Prizes?|Competition|Contest|Challenge|Selection|Case Study Competition)"
# A name: capitalised words up to and including a head noun, then what completes it (…Competition of City
# Governance, …Award for Urban Innovation). It may not open with a small word.
_NAME = re.compile(rf"(?<![\w-])(?:[A-Z][\w'’&.-]*\s+)(?:{_NAME_WORD}\s+)*?{_HEAD}"
                   rf"(?:\s+(?:of|for|in|on)\s+(?:the\s+)?(?:[A-Z][\w'’&.-]*)(?:\s+(?:[A-Z][\w'’&.-]*|of|in|and))*)?")
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9, "tenth": 10}
_ORDINAL = r"(?:(\d{1,3})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))"
# the 9th …, the first cycle of the …, the 2nd edition of …
_NUMBERED_BEFORE = re.compile(rf"\b[Tt]he\s+{_ORDINAL}\s+(?:(?:award\s+)?(?:cycle|edition|session|round)\s+of\s+"
                              rf"(?:the\s+)?)?$", re.IGNORECASE)
# …'s 3rd award cycle, on its 3rd edition
_NUMBERED_AFTER = re.compile(rf"\bits\s+{_ORDINAL}\s+(?:award\s+)?(?:cycle|edition|session|round)\b", re.IGNORECASE)
# Verbs of winning before a name: that name is the prize a winner took, not the competition (Won the Excellence
# Award in the 9th … Competition).
_WON_BEFORE = re.compile(r"\b(?:won|wins|win|received|receives|awarded|took|takes)\s+(?:the\s+|an?\s+)?$",
                         re.IGNORECASE)
_ROLES = (
    (r"co-?(?:organi[sz]ed|hosted)\s+by", "co-organiser"),
    (r"(?:organi[sz]ed|hosted|launched|initiated)\s+(?:jointly\s+)?by", "organiser"),
    (r"(?:supported|sponsored)\s+by", "supporter"),
    (r"under\s+the\s+guidance\s+of", "guide"),
)
_STAGES = (
    (r"call\s+for\s+(?:applications|entries|submissions|proposals|nominations)|applications?\s+(?:are|is)\s+open"
     r"|deadline", "call-for-entries"),
    (r"\b(?:was|were)\s+(?:officially\s+)?launched|\blaunch(?:es|ed)?\b", "launch"),
    (r"ceremony", "ceremony"),
    (r"\b(?:won|winners?|awarded|results|shortlist(?:ed)?)\b", "results"),
)


def is_english(title: str | None, text: str | None) -> bool:
    """Whether the page is written in English: Latin letters far outnumber Chinese characters in its opening."""
    opening = f"{title or ''}\n{(text or '')[:1500]}"
    latin, cjk = len(_LATIN.findall(opening)), len(_CJK.findall(opening))
    return latin > 200 and cjk * 10 < latin


def parse_english(title: str | None, text: str | None) -> dict | None:
    """``{series, edition, stage, organisers}`` of an English announcement, or ``None`` when it names no
    competition."""
    title, text = title or "", text or ""
    found = _series(title) or _series(text[:1000])
    if found is None:
        return None
    name, edition = found
    name = _full_name(name, text[:3000])
    if edition is None:
        numbered = _NUMBERED_AFTER.search(text[:3000]) or _NUMBERED_AFTER.search(title)
        edition = _ordinal_value(numbered) if numbered else None
    return {"series": name, "edition": edition, "stage": _stage(f"{title}\n{text[:1500]}"),
            "organisers": _organisers(text[:3000])}


def _series(source: str) -> tuple[str, int | None] | None:
    """The competition a passage names: one numbered by an ordinal first, else the first not won as a prize."""
    names = [(match, _NUMBERED_BEFORE.search(source[:match.start()])) for match in _NAME.finditer(source)]
    numbered = next(((match, ordinal) for match, ordinal in names if ordinal), None)
    if numbered:
        return _trimmed(numbered[0].group(0)), _ordinal_value(numbered[1])
    plain = next((match for match, _ in names if not _WON_BEFORE.search(source[:match.start()])), None)
    return (_trimmed(plain.group(0)), None) if plain else None


def _full_name(name: str, text: str) -> str:
    """The full name a short one stands for, where the text gives it with the short one in brackets after it."""
    for match in _NAME.finditer(text):
        after = text[match.end():match.end() + 80]
        alias = re.match(r"\s*\(\s*([^()]{3,60}?)\s*\)", after)
        if alias and alias.group(1).lower() == name.lower():
            return _trimmed(match.group(0))
    return name


def _trimmed(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip()
    # (The…: an article, not the name's first word; "13 May the Global Award": what stands before an article
    # that no of/for/in/on leads to is another phrase)
    words = name.split(" ")
    article = max((at for at, word in enumerate(words) if word in ("the", "The", "A", "An")
                   and (at == 0 or words[at - 1] not in ("of", "for", "in", "on"))), default=-1)
    name = " ".join(words[article + 1:])
    return re.sub(r"(?:\s+(?:of|for|in|on|and|the))+$", "", name)


def _ordinal_value(match: re.Match) -> int | None:
    digits, word = match.group(1), match.group(2)
    return int(digits) if digits else _ORDINAL_WORDS.get(word.lower()) if word else None


def _stage(text: str) -> str:
    return next((stage for pattern, stage in _STAGES if re.search(pattern, text, re.IGNORECASE)), "other")


def _organisers(text: str) -> list[dict]:
    """The bodies a participle and ``by`` name, in their roles (hosted by A and co-organized by B and C)."""
    found: list[dict] = []
    for pattern, role in _ROLES:
        for match in re.finditer(rf"\b{pattern}\s+(.{{2,240}}?)(?=[.;]\s|[.;]$|,?\s+and\s+(?:co-)?"
                                 rf"(?:organi[sz]|host|support|sponsor)|\s+(?:to|in|on|at|from|with)\s|$)",
                                 text, re.IGNORECASE):
            # (split on a comma or on "and the": "School of International and Public Affairs" is one name)
            for name in re.split(r",\s*(?:and\s+)?|\s+and\s+(?=the\s)", match.group(1)):
                name = _spelt_out(re.sub(r"^(?:the|its)\s+", "", name.strip(), flags=re.IGNORECASE), text)
                if _BODY.search(name) and name not in {o["name"] for o in found}:
                    found.append({"name": canonical_organisation(name), "role": role})
    return found


# What names a body, not a person (Under the guidance of Mao Xuewen, a young teacher: a teacher guides a team).
_BODY = re.compile(r"\b(?:University|Institute|School|College|Ministry|Department|Bureau|Commission|Government"
                   r"|Governments|Office|Association|Society|Foundation|Cent(?:er|re)|Council|Committee|Academy"
                   r"|Agency|Programme|Program|Organi[sz]ation|Federation|League|Union|Network|Daily|News|Times"
                   r"|Group|Company|Municipality|City|Cities|Province|District|Administration|Party)\b"
                   r"|^[A-Z][A-Z-]{1,9}$|^UN-")


def _spelt_out(name: str, text: str) -> str:
    """An acronym (SJTU) as the text spells it out somewhere: the capitalised words whose initials it is."""
    if not re.fullmatch(r"[A-Z]{2,8}", name):
        return name
    words = r"\s+".join(rf"{letter}[a-z]+" for letter in name)
    spelt = re.search(rf"\b{words}\b", text)
    return spelt.group(0) if spelt else name
