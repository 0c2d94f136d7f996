"""The command line shows a warning as one line, without the module and line that raised it."""

import subprocess
import sys
import warnings

from footprint import cli


def test_a_warning_is_one_line(capsys):
    cli._one_line_warning(UserWarning("gold.json: event 3: not scored, unknown key(s) ['colour']"),
                          UserWarning, "/somewhere/events_gold.py", 74)
    err = capsys.readouterr().err
    assert err == "warning: gold.json: event 3: not scored, unknown key(s) ['colour']\n"


def test_main_installs_it(monkeypatch):
    monkeypatch.setattr(warnings, "showwarning", warnings.showwarning)  # restored after the test
    monkeypatch.setattr(sys, "argv", ["footprint", "--version"])
    try:
        cli.main()
    except SystemExit:
        pass
    assert warnings.showwarning is cli._one_line_warning


def test_the_installed_command_prints_it_so(tmp_path):
    code = ("import sys, warnings; from footprint import cli; sys.argv = ['footprint', '--version'];\n"
            "try:\n    cli.main()\nexcept SystemExit:\n    pass\n"
            "warnings.warn('odd key', UserWarning)")
    r = subprocess.run([sys.executable, "-W", "default", "-c", code], capture_output=True, text=True, timeout=120)
    assert r.stderr.strip().splitlines()[-1] == "warning: odd key"
