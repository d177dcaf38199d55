"""The analysis layer: what regienet concludes from a checked region, as plain data for the renderers.

Each module turns a :class:`regienet.model.Region` (and the rule results of
:func:`regienet.rules.check`) into one kind of result; :mod:`regienet.render`
writes it, and the CLI (:mod:`regienet.cli`) only chooses which:

* :mod:`~regienet.analysis.report` — connectivity per municipality (``report``);
* :mod:`~regienet.analysis.gaps` — a municipality's coupling gaps (``gaps``, ``workshop``);
* :mod:`~regienet.analysis.region` — the region as a whole (``region``, the region view);
* :mod:`~regienet.analysis.governance` — who governs what, the integrated local government and associations;
* :mod:`~regienet.analysis.whatif` and :mod:`~regienet.analysis.suggest` — a plan's effect (``whatif``);
* :mod:`~regienet.analysis.sensitivity` — how findings move with the thresholds (``sensitivity``);
* :mod:`~regienet.analysis.diff` — two measurements compared (``diff``);
* :mod:`~regienet.analysis.survey` — the follow-up survey: workbooks out, answers merged back in.

Nothing here reads files given by the user or writes output: that is :mod:`regienet.load` below and
:mod:`regienet.render` above (import-linter's "Layers" contract in pyproject.toml).
"""

__all__: list[str] = []
