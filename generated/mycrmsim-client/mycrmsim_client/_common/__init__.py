"""What every vendor package shares: errors, the wire manifest, validation, the transport."""
