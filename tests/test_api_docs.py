"""The public API's docstrings have numpydoc sections, and they match the signatures (issue 27.5).

``numpydoc.validate.validate`` is run on every callable of :data:`API` — the names of
``regienet/__init__.py`` and the entry points a library user calls in each layer (load, model, metrics,
rules, analysis, synth, export) — and the test fails on the codes of :data:`ENFORCED`:

* GL08 no docstring; SS01 no summary line;
* PR01 a parameter of the signature is not documented, PR02 a documented parameter is not in the
  signature, PR03 they are in another order, PR04 a parameter has no type, PR07 no description, PR06 a
  type spelled ``integer``/``string``/``boolean`` instead of ``int``/``str``/``bool``, PR10 ``name: type``
  without the space numpydoc needs to read it;
* RT01 a function that returns a value has no Returns section, RT03 the return value has no description,
  YD01 a generator has no Yields section;
* GL06 an unknown section (a misspelt ``Return`` or ``Parameter`` is silently not a section), GL07
  sections out of order, GL10 a reST directive with one colon.

These are the codes that catch drift between the documentation and the code: a parameter added,
renamed or removed without its entry fails here. The style codes are left out because the project's
docstrings follow its own style (STYLE.md, "docstrings that say what and why"): GL01/GL02 (the summary
starts on the line of the quotes), SS02–SS06 (summaries are noun phrases like networkx's "Betweenness
centrality of ...", often opening with a code name), PR08/PR09/RT04/RT05 (descriptions may start with a
code name or a lower-case word), RT02 (networkx's ``name : type`` Returns lines are allowed), and
ES01/EX01/SA01 (extended summary, Examples and See Also where they help, not everywhere).

The data classes a user receives rather than builds (``Results``, ``Finding``, ``Dataset``, …) are in
:data:`RECEIVED`: numpydoc would ask for their constructor's parameters; instead every dataclass field
must be listed in the class's Attributes section, so a field added to a result is documented with it.
"""

from __future__ import annotations

import dataclasses
import importlib

import pytest
from numpydoc.docscrape import ClassDoc
from numpydoc.validate import validate

ENFORCED = {
    "GL06",
    "GL07",
    "GL08",
    "GL10",
    "SS01",
    "PR01",
    "PR02",
    "PR03",
    "PR04",
    "PR06",
    "PR07",
    "PR10",
    "RT01",
    "RT03",
    "YD01",
}

#: The public API: ``regienet``'s own names, then each layer's entry points (module path + name).
API = [
    # regienet/__init__.py
    "regienet.load.load_dataset",
    "regienet.errors.DataError",
    "regienet.model.Region",
    "regienet.rules.check",
    # model: Region's main methods
    "regienet.model.Region.governments",
    "regienet.model.Region.actors_of",
    "regienet.model.Region.own_actors",
    "regienet.model.Region.ties",
    "regienet.model.Region.tied_actors",
    "regienet.model.Region.regie_bodies",
    "regienet.model.Region.mandates",
    "regienet.model.Region.municipal_graph",
    "regienet.model.Region.layer_counts",
    "regienet.model.Region.resolve_municipality",
    "regienet.model.Region.require_municipality",
    # metrics
    "regienet.metrics.connectivity",
    "regienet.metrics.density",
    "regienet.metrics.brokerage_roles",
    "regienet.metrics.structural_holes",
    "regienet.metrics.regional_coverage",
    "regienet.metrics.shared_bodies",
    "regienet.metrics.forum_reach",
    "regienet.metrics.tie_confirmation",
    # rules
    "regienet.rules.check_region",
    "regienet.rules.select_codes",
    "regienet.rules.Results.status",
    "regienet.rules.Results.fired_in",
    # analysis
    "regienet.analysis.report.build_report",
    "regienet.analysis.gaps.suggestions",
    "regienet.analysis.gaps.ranked_gaps",
    "regienet.analysis.region.analyse",
    "regienet.analysis.whatif.whatif",
    "regienet.analysis.whatif.evaluate",
    "regienet.analysis.whatif.plan",
    "regienet.analysis.whatif.apply",
    "regienet.analysis.sensitivity.analyse",
    "regienet.analysis.diff.diff",
    "regienet.analysis.survey.make.make_workbooks",
    "regienet.analysis.survey.collect.collect",
    "regienet.analysis.survey.collect.write_folder",
    # synth, export
    "regienet.synth.synth_region",
    "regienet.synth.write_region",
    "regienet.export.export",
    "regienet.export.write_export",
    "regienet.export.to_kumu",
    "regienet.export.flat_graph",
]

#: Results a user receives: every dataclass field in the Attributes section.
RECEIVED = [
    "regienet.load.Dataset",
    "regienet.rules.Results",
    "regienet.rules.Finding",
    "regienet.metrics.Coverage",
    "regienet.metrics.SharedBody",
    "regienet.analysis.report.Report",
    "regienet.analysis.suggest.Suggestion",
    "regienet.analysis.region.RegionAnalysis",
    "regienet.analysis.whatif.Change",
    "regienet.analysis.whatif.Evaluation",
    "regienet.analysis.sensitivity.Sensitivity",
    "regienet.analysis.diff.Diff",
]


def _resolve(path: str) -> object:
    """The object at *path*: the longest importable module prefix, then attributes."""
    parts = path.split(".")
    for i in range(len(parts), 0, -1):
        try:
            obj: object = importlib.import_module(".".join(parts[:i]))
        except ImportError:
            continue
        for attr in parts[i:]:
            obj = getattr(obj, attr)
        return obj
    raise ImportError(path)


def test_the_api_covers_the_package_names():
    """Every name of ``regienet.__all__`` that can be documented is in :data:`API` or :data:`RECEIVED`."""
    import regienet

    documented = {p.rsplit(".", 1)[1] for p in API + RECEIVED}
    assert set(regienet.__all__) - {"__version__"} <= documented


@pytest.mark.parametrize("path", API)
def test_docstring_matches_the_signature(path):
    errors = [f"{code} {message}" for code, message in validate(path)["errors"] if code in ENFORCED]
    assert not errors, f"{path}:\n  " + "\n  ".join(errors)


@pytest.mark.parametrize("path", RECEIVED)
def test_every_field_is_documented(path):
    cls = _resolve(path)
    assert dataclasses.is_dataclass(cls), path
    attributes = ClassDoc(cls, config={"show_class_members": False})["Attributes"]
    # "old, new : Results" documents two fields, as numpydoc allows for parameters
    documented = {name.strip() for p in attributes for name in p.name.split(":")[0].split(",")}
    fields = {f.name for f in dataclasses.fields(cls) if not f.name.startswith("_")}
    missing = sorted(fields - documented)
    unknown = sorted(documented - fields - {n for n in documented if hasattr(cls, n)})
    assert not missing, f"{path}: fields not in its Attributes section: {missing}"
    assert not unknown, f"{path}: Attributes names what the class does not have: {unknown}"


def test_a_drifted_docstring_is_caught():
    """A docstring that documents a parameter the function lost, and misses the one it gained, fails."""

    def sample(region, year):
        """Count things.

        Parameters
        ----------
        region : Region
            The region.
        municipality : str
            Gone from the signature.

        Returns
        -------
        int
            How many.
        """
        return 0

    import sys
    import types

    module = types.ModuleType("regienet_api_docs_sample")
    module.sample = sample
    sample.__module__ = module.__name__
    sys.modules[module.__name__] = module
    try:
        codes = {code for code, _ in validate(f"{module.__name__}.sample")["errors"]}
    finally:
        del sys.modules[module.__name__]
    assert {"PR01", "PR02"} <= codes & ENFORCED
