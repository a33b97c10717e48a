"""How the leaderboard looks: colours, sizes and words, all overridable by keyword."""

# __pragma__ ('skip')
from typing import Any

# __pragma__ ('noskip')


class Theme:
    """Layout and colours of the leaderboard widget (sizes in shared-canvas pixels)."""

    def __init__(self,
                 background: str = "#161823",
                 row: str = "#222431",
                 row_alt: str = "#1c1e2a",
                 highlight: str = "#fe2c55",
                 text: str = "#ffffff",
                 muted: str = "#a8a9b3",
                 medals: Any = None,
                 button: str = "#25f4ee",
                 button_text: str = "#161823",
                 font: str = "sans-serif",
                 title_size: float = 40,
                 text_size: float = 30,
                 row_height: float = 96,
                 padding: float = 24,
                 avatar_size: float = 64,
                 title: str = "Friends",
                 you: str = "You",
                 share_label: str = "Share",
                 empty_title: str = "No friends on the board yet",
                 empty_text: str = "Invite friends to play and compare scores",
                 passed_title: str = "You just passed",
                 loading_text: str = "Loading…",
                 share_title: str = "Beat my score!",
                 share_subtitle: str = "",
                 share_image_url: str = "",
                 share_template: int = 1) -> None:
        self.background = background
        self.row = row
        self.row_alt = row_alt
        self.highlight = highlight  # the player's own row
        self.text = text
        self.muted = muted
        # Rank colours of the first three places.
        self.medals = medals if medals is not None else ["#ffd54a", "#d9dde3", "#e0955a"]
        self.button = button
        self.button_text = button_text
        self.font = font
        self.title_size = title_size
        self.text_size = text_size
        self.row_height = row_height
        self.padding = padding
        self.avatar_size = avatar_size
        self.title = title
        self.you = you
        self.share_label = share_label
        self.empty_title = empty_title
        self.empty_text = empty_text
        self.passed_title = passed_title
        self.loading_text = loading_text
        # The direct-message card a row's share button sends (shareToUser, 003). The card
        # needs an image: without share_image_url the rows have no share button.
        self.share_title = share_title
        self.share_subtitle = share_subtitle
        self.share_image_url = share_image_url
        self.share_template = share_template
