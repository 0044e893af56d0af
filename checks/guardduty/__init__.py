"""GuardDuty rules: threat detection in every region."""
