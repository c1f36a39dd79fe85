"""Fill empty Vietnamese translations from a table: python tools/fill_translations.py TABLE.py

TABLE.py defines VI = {msgid: msgstr}. Prints the msgids still untranslated.
"""

import glob
import runpy
import sys

import polib


def main() -> None:
    table = runpy.run_path(sys.argv[1])["VI"] if len(sys.argv) > 1 else {}
    missing = set()
    for path in sorted(glob.glob("gem/*/locale/vi/LC_MESSAGES/django.po")):
        po = polib.pofile(path)
        for entry in po:
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
                entry.msgstr = ""
            if not entry.msgstr and entry.msgid in table:
                entry.msgstr = table[entry.msgid]
            done = all(entry.msgstr_plural.values()) if entry.msgid_plural else entry.msgstr
            if not done and not entry.obsolete:
                missing.add(entry.msgid)
        po.metadata["Language"] = "vi"
        po.metadata["Content-Type"] = "text/plain; charset=UTF-8"
        po.metadata["Plural-Forms"] = "nplurals=1; plural=0;"
        po.save()
        po.save_as_mofile(path[:-3] + ".mo")
    for msgid in sorted(missing):
        print(msgid)


if __name__ == "__main__":
    main()
