"""The CI workflow and pre-commit hooks users copy: they parse and their commands work."""

from __future__ import annotations

import shlex

import yaml

from tests.generator_helpers import ROOT, run_cli


def _generator_commands() -> list[list[str]]:
    commands = []
    workflow = yaml.safe_load((ROOT / ".github/workflows/client.yml").read_text())
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            for line in str(step.get("run", "")).splitlines():
                if "python -m generator" in line:
                    commands.append(shlex.split(line.split("python -m generator", 1)[1].split(">")[0]))
    for config in (".pre-commit-config.yaml", ".pre-commit-hooks.yaml"):
        data = yaml.safe_load((ROOT / config).read_text())
        hooks = data if isinstance(data, list) else [h for repo in data["repos"] for h in repo["hooks"]]
        for hook in hooks:
            commands.append(shlex.split(hook["entry"].split("python -m generator", 1)[1]))
    return commands


def test_every_generator_command_in_the_ci_files_runs() -> None:
    commands = _generator_commands()
    assert len(commands) >= 5
    for args in commands:
        # The workflow compares with the target branch; here, with HEAD.
        args = [a.replace("origin/${{ github.base_ref }}", "HEAD").replace("$base", "HEAD") for a in args]
        result = run_cli(*args)
        assert result.returncode in (0, 1), (args, result.stderr)
        assert "error" not in result.stderr.lower() or result.returncode == 1, (args, result.stderr)
