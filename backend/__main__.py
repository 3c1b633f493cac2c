"""Entry point for `python -m backend <command>`."""

import sys

from backend.cli import main

sys.exit(main())
