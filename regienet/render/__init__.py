"""Rendering findings, reports and maps: text, Markdown, JSON, CSV, HTML."""
