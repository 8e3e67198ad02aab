"""Numbers as Chinese announcements write them: 三百五十八, 二〇二一, 两千, 第四, 1２ (full-width), 60.

Every parse module reads counts, editions and years through :func:`to_int`, so a numeral is understood the
same way everywhere. The arithmetic is cn2an's; this module only decides what a numeral looks like in running
text and cleans it first.
"""

from __future__ import annotations

import re

import cn2an

# Characters a numeral may be written with: ASCII and full-width digits, Chinese digits (with the traditional
# 兩 and 萬 for mirrors that were not converted), and the unit characters.
NUMERAL_CHARS = "0-9０-９零〇○一二两兩三四五六七八九十百千万萬"
NUMERAL = f"[{NUMERAL_CHARS}]+"
# A numeral as a regex group, for patterns such as 第(NUMERAL)届.
NUMERAL_GROUP = f"({NUMERAL})"

_FULL_WIDTH = str.maketrans("０１２３４５６７８９○兩萬", "0123456789〇两万")
_ARABIC = re.compile(r"^[0-9]+$")


def to_int(numeral: str | None) -> int | None:
    """The value of one numeral (``"三百五十八"`` -> 358, ``"二〇二一"`` -> 2021, ``"１２"`` -> 12).

    Returns ``None`` for anything that is not a whole non-negative number, so a caller can treat an
    unreadable numeral as "not said" rather than guess.
    """
    if not numeral:
        return None
    cleaned = numeral.strip().translate(_FULL_WIDTH).replace(",", "").replace("，", "")
    if not cleaned:
        return None
    if _ARABIC.match(cleaned):
        return int(cleaned)
    try:
        value = cn2an.cn2an(cleaned, "normal")
    except (ValueError, KeyError, IndexError):
        return None
    if isinstance(value, float) and not value.is_integer():
        return None
    return int(value) if value >= 0 else None


def ordinal(text: str, prefix: str = "第", suffix: str = "届") -> int | None:
    """The number in the first ``第N届``-style ordinal of ``text`` (``首`` counts as 1), or ``None``."""
    match = re.search(f"(?:{prefix}{NUMERAL_GROUP}|(首)){suffix}", text)
    if not match:
        return None
    return 1 if match.group(2) else to_int(match.group(1))
