"""Regenerate docs/settings.md from the SETTINGS table: python docs/gen_settings.py"""

from pathlib import Path

from newsevents.config import SETTINGS

HEADER = """# Settings

Every setting can be given in a TOML file (`--config FILE`, one table per section), as an environment
variable `NEWSEVENTS_<SECTION>_<NAME>`, or (for some) as a command-line flag. Precedence:
defaults < TOML file < environment < flags. Settings are validated once, when the command starts.

| setting | default | meaning |
| --- | --- | --- |
"""
FOOTER = """
Example `newsevents.toml`:

```toml
[nlp]
model = "en_core_web_sm"

[coder]
goldstein_scale = "icews"
require_dyad = true

[dedup]
window_days = 1
```
"""


def main() -> None:
    rows = [f"| `{s.section}.{s.name}` | `{s.default if s.default != () else '(none)'}` | {s.help} |"
            for s in SETTINGS]
    Path(__file__).with_name("settings.md").write_text(HEADER + "\n".join(rows) + "\n" + FOOTER)


if __name__ == "__main__":
    main()
