"""Rules for the AWS account itself: its contact details (AWS Account Management)."""
