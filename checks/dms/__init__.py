"""DMS rules: replication instance exposure and upgrades, replication task logging and endpoint SSL."""
