"""ACM and AWS Private CA rules: certificate renewal and key length, root certificate authorities."""
