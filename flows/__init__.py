"""Prefect flows wiring the stages (DESIGN §6). Only this package imports prefect, and only in its flow modules,
so the CLI starts fast and stages stay usable without Prefect."""
