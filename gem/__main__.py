"""Command-line entry: `python -m gem <command>` runs a Django management command."""

import os
import secrets
import sys

# Commands that read files and print, and never sign or store anything with the secret key:
# they run without one (a throwaway key), so `python -m gem extract plan.docx` works anywhere.
OFFLINE_COMMANDS = {"extract", "help", "version"}


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gem.settings")
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    args = sys.argv[1:]
    if args and not args[0].startswith("-"):
        args[0] = args[0].replace("-", "_")  # `import-plan` runs the `import_plan` command
    if not args or args[0] in OFFLINE_COMMANDS or args[0].startswith("-"):
        os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    try:
        execute_from_command_line(["gem", *args])
    except ImproperlyConfigured as error:
        sys.stderr.write(f"gem: {error}\n")
        sys.exit(2)


if __name__ == "__main__":
    main()
