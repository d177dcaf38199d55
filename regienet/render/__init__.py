"""Rendering findings, reports and maps: text, Markdown, JSON, CSV, HTML."""

__all__: list[str] = []
