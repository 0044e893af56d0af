"""Security Hub rules: the findings hub in every region."""
