"""ECS rules: task definition hardening, service networking, Fargate platform versions and cluster monitoring."""
