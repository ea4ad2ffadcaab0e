"""Small tools every screen uses: words for stable keys, numbers and days in the person's
language, fonts and labels, the card, balanced painters, model signals, light and dark, and
loading translations. Nothing here knows a feature or a page."""
