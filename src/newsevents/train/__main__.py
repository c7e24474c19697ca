"""``python -m newsevents.train``: rebuild the event classifier from training/corpus."""

import sys

from .trainer import main

sys.exit(main())
