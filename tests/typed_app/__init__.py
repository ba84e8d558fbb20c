"""A typed application using all four clients, checked with ``mypy --strict`` (``tests/unit/test_typed_app.py``)."""
