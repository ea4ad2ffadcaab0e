"""``python -m app`` runs OwnVoice."""

import sys

from app.main import main

sys.exit(main())
