"""Hand-written layers copied into the generated packages (``_common`` into every one)."""
