"""OwnVoice: grow your own expert voice on social media, with a coach."""

__version__ = "0.1.0"
