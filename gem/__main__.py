"""Command-line entry: `python -m gem <command>` runs a Django management command."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gem.settings")
    from django.core.management import execute_from_command_line

    args = sys.argv[1:]
    if args and not args[0].startswith("-"):
        args[0] = args[0].replace("-", "_")  # `import-plan` runs the `import_plan` command
    execute_from_command_line(["gem", *args])


if __name__ == "__main__":
    main()
