"""The window's own arguments, `--lang LANG` and `--background`, for the three places that
read them: `linkwizard` itself (entry.py, which opens the window without the parser when
nothing else is given), the command line's parser, and the window's start (gui/app.py, which
hands the rest to Qt)."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence

LANG = "--lang"
BACKGROUND = "--background"


def split(argv: Sequence[str]) -> tuple[str | None, bool, list[str]]:
    """(the language, whether to start in the background, the rest): `--lang de`, `--lang=de`
    and `--background` anywhere; a `--lang` without its value stays in the rest."""
    language, background, rest = None, False, []
    items = list(argv)
    index = 0
    while index < len(items):
        item = items[index]
        if item == BACKGROUND:
            background = True
        elif item == LANG and index + 1 < len(items):
            language = items[index + 1]
            index += 1
        elif item.startswith(LANG + "="):
            language = item.split("=", 1)[1]
        else:
            rest.append(item)
        index += 1
    return language, background, rest


def window_only(argv: Sequence[str]) -> bool:
    """Nothing but the window's own arguments (or none): the window opens at once."""
    return not split(argv)[2]


def arguments(language: str | None, background: bool) -> list[str]:
    """The window's own arguments again, as `split` reads them."""
    return [*([LANG, language] if language else []), *([BACKGROUND] if background else [])]
