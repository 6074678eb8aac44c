"""The app's light theme: Textual's light theme with every text colour fixed and dark enough
to read (WCAG AA, 4.5:1) on the backgrounds it is drawn on, selected rows included.

Textual's `textual-light` leaves `$text` and `$text-muted` as "auto" colours. In a component
style (the answer rows, the welcome text, the title bar) "auto" is worked out without the
real background and comes out near white on the light grey: measured 1.2:1 to 2:1. The
coloured text variables (accent, success, secondary) are tints that reach 1.9:1 to 3.8:1 on
the selected row. Here each is a fixed colour, and the selected row's tint (`primary-muted`)
is lighter, so dark text reads on it. tests/tui/test_contrast.py measures every rendered
character of the main, article and help screens against its own background.
"""

from __future__ import annotations

from textual.theme import BUILTIN_THEMES, Theme

LIGHT_NAME = "newsqa-light"

# name: colour  # contrast on the screen (#E0E0E0) / on the darkest background it is drawn on
# (the title bar, #D0D0D0; the selected row, #C8DAEA, lies between)
LIGHT_TEXT = {
    "text": "#1A1A1A",  # 13.2 / 11.3
    "text-muted": "#474747",  # 7.0 / 6.0
    "text-primary": "#00375F",  # 9.3 / 8.0
    "text-secondary": "#0D3C6B",  # 8.5 / 7.3
    "text-accent": "#6B3A00",  # 7.1 / 6.1
    "text-success": "#14532D",  # 6.9 / 5.9
    "text-warning": "#6E4200",  # 6.5 / 5.6
    "text-error": "#8A1C36",  # 6.9 / 5.9
    "foreground": "#1A1A1A",
    "foreground-muted": "#474747",
    "primary-muted": "#C8DAEA",  # the selected row and the cited sentence
    "secondary-muted": "#C8DAEA",  # the answer-type badge
    "footer-key-foreground": "#00375F",
    "footer-description-foreground": "#1A1A1A",
    "text-disabled": "#525252",  # placeholders: 5.9 on the screen, 5.1 on the title bar
}


# textual-dark keeps its colours but for two measured below 4.5:1: the answer-type badge
# (#5684A5 on the selected row, 3.4) and the placeholders (#6F6F6F, 3.5)
DARK_NAME = "newsqa-dark"
DARK_TEXT = {
    "text-secondary": "#9CC3E6",  # 7.4 on the selected row
    "text-disabled": "#9A9A9A",  # placeholders: 6.7 on the screen, 5.0 on #2B2B2B
}


def dark_theme() -> Theme:
    return _derived(BUILTIN_THEMES["textual-dark"], DARK_NAME, DARK_TEXT)


def light_theme() -> Theme:
    return _derived(BUILTIN_THEMES["textual-light"], LIGHT_NAME, LIGHT_TEXT)


def _derived(base: Theme, name: str, variables: dict[str, str]) -> Theme:
    return Theme(
        name=name, primary=base.primary, secondary=base.secondary, accent=base.accent,
        warning=base.warning, error=base.error, success=base.success, surface=base.surface,
        panel=base.panel, background=base.background, foreground=variables.get("foreground", base.foreground),
        dark=base.dark, variables={**base.variables, **variables},
    )

