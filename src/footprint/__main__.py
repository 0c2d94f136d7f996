"""``python -m footprint`` is the ``footprint`` command."""

from .cli import main

main()
