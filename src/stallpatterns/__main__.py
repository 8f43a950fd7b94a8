"""``python -m stallpatterns``: the same command as the ``stallpatterns`` script."""

import sys

from .cli import main

sys.exit(main())
