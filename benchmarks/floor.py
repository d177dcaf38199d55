"""The floor of the benchmark: read both CSVs with pandas and build the MultiDiGraph.

This is the least any tool that models a region as a networkx graph must do,
so ``benchmarks/bench.py`` reports every regienet command as a multiple of
it. It deliberately skips validation, typing and the derived notions.

Usage: ``python benchmarks/floor.py DATA_DIR`` (prints node and edge counts).
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    import networkx as nx
    import pandas as pd

    folder = Path(argv[0])
    actors = pd.read_csv(folder / "actors.csv", dtype=str, keep_default_na=False)
    relations = pd.read_csv(folder / "relations.csv", dtype=str, keep_default_na=False)
    G = nx.MultiDiGraph()
    G.add_nodes_from((row["id"], row) for row in actors.to_dict("records"))
    G.add_edges_from(
        (row.pop("source"), row.pop("target"), row) for row in relations.to_dict("records")
    )
    print(f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
