"""LLM backends: each turns chat conversations into ``n`` replies (see ``generators.llm.Backend``)."""
