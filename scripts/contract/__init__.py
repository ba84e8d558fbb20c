"""The contract harness: Schemathesis cases through the generated clients, and per-vendor profiles."""
