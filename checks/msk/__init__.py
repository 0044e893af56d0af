"""Amazon MSK rules: encryption between brokers and enhanced monitoring."""
