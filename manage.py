#!/usr/bin/env python
"""Django's command-line utility. Development settings unless DJANGO_SETTINGS_MODULE says otherwise."""

import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    from django.core.management import execute_from_command_line

    from cms.settings.env import MissingSetting

    try:
        execute_from_command_line(sys.argv)
    except MissingSetting as error:
        sys.stderr.write(f"Configuration error: {error}\n")
        sys.exit(2)


if __name__ == "__main__":
    main()
