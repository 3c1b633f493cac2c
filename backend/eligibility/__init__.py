"""Renewal eligibility: which serial can be renewed when, into what, for how much, and until when."""
