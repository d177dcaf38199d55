"""The report as data: rules, levels, connectivity and governance mode per municipality, computed once.

:func:`build_report` runs the analysis; :mod:`regienet.render.report` only
writes the :class:`Report` it returns (text, Markdown, JSON, CSV, through
:func:`regienet.render.emit.emit`), and the workshop handout reads it too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from regienet.analysis.governance import network_profile, resolve_settings
from regienet.config import Config
from regienet.metrics import ROLES, tie_confirmation
from regienet.rules import COMPONENTS, SEVERITY_RANK, Finding, Results, check

__all__ = [
    "BROKER_ROLES",
    "Report",
    "build_report",
    "first_findings",
]

#: The brokerage roles in the order the report lists them (:data:`regienet.metrics.ROLES`), for the renderers:
#: render formats the report and does not import the metrics.
BROKER_ROLES: tuple[str, ...] = ROLES


@dataclass
class Report:
    """Everything the report shows, computed once (:func:`build_report`).

    Attributes
    ----------
    region : Region
        The region.
    results : Results
        The check of every municipality (or of the one asked for).
    municipalities : list of str
        The municipalities reported on, in region order.
    connectivity : dict
        Municipality → :func:`regienet.metrics.connectivity`.
    focus : str or None
        The municipality of ``report --municipality``; ``None`` for the region report.
    governance : dict
        Municipality → :class:`regienet.analysis.governance.GovernanceMode`.
    brokerage_policy : dict
        Municipality → :func:`regienet.analysis.governance.policy_brokerage`.
    settings : dict
        The governance settings in force (declared defaults with the config's ``[governance]``).
    regional : RegionAnalysis or None
        The region as a whole (:func:`regienet.analysis.region.analyse`, without brokers); only for
        the region report.
    confirmation : dict
        Municipality → :func:`regienet.metrics.tie_confirmation` (``None`` without survey answers).
    answers : dict
        Municipality → the survey's open answers and the wave's method
        (:func:`regienet.analysis.survey.wave_answers`; ``None`` without them).
    """

    kind = "report"

    region: Any
    results: Results
    municipalities: list[str]
    connectivity: dict[str, dict[str, Any]] = field(default_factory=dict)
    focus: str | None = None
    #: municipality → :class:`regienet.analysis.governance.GovernanceMode`
    governance: dict[str, Any] = field(default_factory=dict)
    #: municipality → :func:`regienet.analysis.governance.policy_brokerage`
    brokerage_policy: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: the governance settings in force (declared defaults with the config's ``[governance]``)
    settings: dict[str, Any] = field(default_factory=resolve_settings)
    #: the region as a whole (:func:`regienet.analysis.region.analyse`, without brokers); only for the region report
    regional: Any = None
    #: municipality → :func:`regienet.metrics.tie_confirmation` (``None`` without survey answers)
    confirmation: dict[str, dict[str, Any] | None] = field(default_factory=dict)

    def confirmation_of(self, m: str) -> dict[str, Any] | None:
        """How many of *m*'s ties both sides confirmed (computed by :func:`build_report`, else now)."""
        if m not in self.confirmation:
            from regienet.metrics import tie_confirmation

            self.confirmation[m] = tie_confirmation(self.region, m)
        return self.confirmation[m]

    # ---- issue 25: the survey's open answers (answers.csv beside the data), shown by report -m
    answers: dict[str, dict[str, Any] | None] = field(default_factory=dict)

    def answers_of(self, m: str) -> dict[str, Any] | None:
        """The survey's open answers about *m* and the wave's method (:func:`regienet.analysis.survey.wave_answers`)."""
        if m not in self.answers:
            from regienet.analysis.survey import wave_answers

            self.answers[m] = wave_answers(self.region, m)
        return self.answers[m]

    @property
    def total(self) -> int:
        return len(self.region.municipalities)


def build_report(
    region, config: Config | None = None, municipality: str | None = None, step=None, jobs: int = 1
) -> Report:
    """Run every rule, the connectivity metrics and the governance mode (for one municipality or all).

    Parameters
    ----------
    region : Region
        The region.
    config : Config, optional
        Thresholds, waivers and the governance settings; defaults when ``None``.
    municipality : str, optional
        A municipality id (the CLI resolves names first); every municipality when ``None``.
    step : callable, optional
        Called twice per municipality (rules, then metrics): a progress bar's advance.
    jobs : int, optional
        Compute the municipalities in that many processes (:mod:`regienet.parallel`), with the same
        result.

    Returns
    -------
    Report
        Plain data — the check's results, :func:`~regienet.metrics.connectivity` per municipality,
        the governance mode, the regional summary — for the report's view (:mod:`regienet.render.views.report`).

    See Also
    --------
    regienet.rules.check : The rules alone.
    regienet.metrics.connectivity : The measures per municipality.

    Examples
    --------
    >>> from regienet import Region, load_dataset
    >>> rep = build_report(Region(load_dataset()), municipality="wervik")
    >>> rep.municipalities, rep.connectivity["wervik"]["own_actors"]
    (['wervik'], 1)
    """
    settings = resolve_settings(config.governance if config is not None else None)
    regional: list[Any] = []

    def analyse_region() -> None:
        """The region as a whole (Louvain clusters: a second or more at 3,000 municipalities), computed in
        this process while the ``--jobs`` workers measure the municipalities (after them when serial)."""
        from regienet.analysis.region import analyse

        regional.append(analyse(region, config, with_brokers=False))

    def profile(m: str) -> Any:  # after m's rules, in the same process: its caches are warm
        return network_profile(region, settings, m)

    def both() -> None:  # the progress counts rules and metrics apart: two steps per municipality
        if step is not None:
            step()
            step()

    if municipality is None:  # the rules and the metrics of each municipality in one task, one pool
        results = check(region, config, step=both, jobs=jobs, also=profile, meanwhile=analyse_region)
        munis = list(region.municipalities)
        done = [results.also[m] for m in munis]
    else:  # the rules of every municipality, as before; the metrics of the one asked for
        results = check(region, config, step=step, jobs=jobs)
        munis = [municipality]
        done = [profile(municipality)]
        if step is not None:
            step()
    rep = Report(region, results, munis, focus=municipality)
    rep.settings = settings
    rep.regional = regional[0] if regional else None
    for m, (conn, mode, brokerage) in zip(munis, done, strict=True):
        rep.connectivity[m] = conn
        rep.governance[m] = mode
        rep.brokerage_policy[m] = brokerage
        rep.confirmation[m] = tie_confirmation(region, m)
    return rep


def first_findings(rep: Report, m: str, n: int = 3) -> list[Finding]:
    """What to look at first: one finding per component, weakest component first.

    Within a component, errors before warnings before info; among equals the
    lower rule code (the catalogue's order) and then the higher score. Info
    findings only appear when nothing more serious is left.
    """
    levels = rep.results.levels[m]

    def key(f: Finding):
        lvl = levels.get(f.component)
        return (
            f.severity == "info",
            4 if lvl is None else lvl,
            SEVERITY_RANK[f.severity],
            COMPONENTS.index(f.component),
            f.rule,
            -f.score,
        )

    seen, out = set(), []
    for f in sorted(rep.results.findings_for(m), key=key):
        if f.component in seen:
            continue
        seen.add(f.component)
        out.append(f)
        if len(out) == n:
            break
    return out
