"""Write parts of a vision back into its YAML text (the studio's name for praatplaat.yamledit's writers).

Forms, the huisstijl panel and the logo upload change one top-level section; only that
section's lines are regenerated, so comments and the layout of every other section survive.
"""

from __future__ import annotations

from praatplaat.yamledit import KEY_ORDER, clean, dump_section, replace_section

__all__ = ["KEY_ORDER", "clean", "dump_section", "replace_section"]
