"""`make bench`: the real server, started on each database, driven over loopback from this process; outside CI."""
