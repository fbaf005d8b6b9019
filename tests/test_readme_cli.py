"""Every command-line example in the README runs as written from the root of a fresh clone (issue 18)."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

from praatplaat import cli

ROOT = Path(__file__).resolve().parent.parent
PROGRAM = "python -m praatplaat"


def readme_commands() -> list[str]:
    """The ``python -m praatplaat`` commands of the README: lines of its sh blocks and inline code, comments off."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", text, re.DOTALL):
        commands += [line.split("  #")[0].strip() for line in block.splitlines() if line.startswith(PROGRAM)]
    commands += [" ".join(span.split()) for span in re.findall(rf"`({PROGRAM} [^`]*)`", text)]
    return commands


def test_the_readme_reads_only_files_a_fresh_clone_has():
    """Each input is a file of the repository or the output of a command before it."""
    commands = readme_commands()
    assert len(commands) >= 15, commands
    written: set[str] = set()
    for command in commands:
        args = shlex.split(command)[3:]
        outputs = {args[i + 1] for i, arg in enumerate(args) if arg in ("--out", ">")}
        for arg in args:
            if arg not in outputs and re.search(r"\.(yaml|png|pdf|html|svg)$", arg):
                assert (ROOT / arg).is_file() or arg in written, f"{command}: {arg} is not in a fresh clone"
        written |= outputs


def test_every_readme_command_runs_as_written(tmp_path, monkeypatch, capsys):
    """Run in a copy of the folders the commands read from (examples, tokens), so that the outputs land in tmp_path."""
    for command in readme_commands():
        for arg in shlex.split(command)[3:]:
            if "/" in arg and (ROOT / arg).is_file():
                folder = Path(arg).parent
                shutil.copytree(ROOT / folder, tmp_path / folder, dirs_exist_ok=True)
    monkeypatch.chdir(tmp_path)
    for command in readme_commands():
        args = shlex.split(command)[3:]
        target = None
        if ">" in args:
            target, args = args[args.index(">") + 1], args[: args.index(">")]
        code = cli.main(args)
        out, err = capsys.readouterr()
        assert code == 0, f"{command}: exit {code}\n{err[-800:]}"
        if target:
            Path(target).write_text(out, encoding="utf-8")
        if "--out" in args:
            assert Path(args[args.index("--out") + 1]).stat().st_size > 0, command
