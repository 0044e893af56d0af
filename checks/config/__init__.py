"""AWS Config rules: configuration recording in every region."""
