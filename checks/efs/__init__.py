"""EFS rules: encryption at rest."""
