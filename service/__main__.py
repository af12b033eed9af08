"""``python -m service`` runs the ``timeline`` command."""
import sys

from service.cli import main

sys.exit(main())
