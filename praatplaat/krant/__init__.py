"""The dienstverleningskrant: a periodic service newsletter made from the vision, as PDF (A4/A3) and HTML."""
