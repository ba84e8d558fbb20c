"""Generation: specs to client packages, their releases and changelogs."""
