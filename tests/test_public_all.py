"""Every public module of ``regienet`` declares its public names in ``__all__``, and they exist (issue 27.5).

A public module is one whose own name does not start with ``_`` (``regienet.rules._util`` is private; a
package counts by its own name, so ``regienet.rules`` is public). ``__all__`` is what ``from m import *``,
the API documentation (tests/test_api_docs.py) and a reader take as the module's interface, so:

* it exists, is a list or tuple of unique strings, and each name resolves on the module (a renamed or
  deleted function cannot stay listed);
* in the library a user calls (every layer below ``render`` and ``cli``), every function and class the
  module *defines* (not imports) without a leading ``_`` is listed — a new public helper is either exported
  or made private, never public by accident. The renderers and the CLI are left out of this second check:
  their ``__all__`` names the entry points (``emit``, the click ``command``), while the helpers the sibling
  renderers share stay importable without being the package's API (issue 27.1 reshapes render/).

Modules are found by walking the package, so a new module is covered without editing this file.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import regienet

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(regienet.__path__, "regienet.")
    if not any(part.startswith("_") for part in m.name.split(".")[1:])
)


def test_the_walk_finds_the_layers():
    """The walk sees every layer, packages included (so an empty list cannot pass the tests below)."""
    assert {"regienet.rules", "regienet.metrics", "regienet.analysis.report", "regienet.cli.check"} <= set(MODULES)
    assert "regienet.rules._util" not in MODULES and "regienet.__main__" not in MODULES


def test_the_package_itself_declares_its_names():
    assert set(regienet.__all__) == {"DataError", "Dataset", "Region", "__version__", "check", "load_dataset"}
    for name in regienet.__all__:
        assert getattr(regienet, name) is not None


@pytest.mark.parametrize("module_name", MODULES)
def test_module_declares_all_and_every_name_exists(module_name):
    module = importlib.import_module(module_name)
    names = getattr(module, "__all__", None)
    assert isinstance(names, list | tuple), f"{module_name} has no __all__"
    assert all(isinstance(n, str) for n in names), f"{module_name}.__all__ holds a non-string"
    assert len(names) == len(set(names)), f"{module_name}.__all__ lists a name twice"
    missing = [n for n in names if not hasattr(module, n)]
    assert not missing, f"{module_name}.__all__ names what the module does not have: {missing}"


LIBRARY = [m for m in MODULES if not m.startswith(("regienet.render", "regienet.cli"))]


@pytest.mark.parametrize("module_name", LIBRARY)
def test_every_public_def_is_exported(module_name):
    module = importlib.import_module(module_name)
    defined = [
        name
        for name, obj in vars(module).items()
        if not name.startswith("_")
        and (inspect.isfunction(obj) or inspect.isclass(obj))
        and getattr(obj, "__module__", None) == module_name
    ]
    unlisted = sorted(set(defined) - set(getattr(module, "__all__", ())))
    assert not unlisted, f"{module_name} defines public names that are not in __all__ (export or prefix _): {unlisted}"
