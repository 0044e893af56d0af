"""EMR rules: cluster primary nodes and block public access."""
