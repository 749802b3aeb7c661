"""Cohorts: groups of learners that trainers follow (a city's team, a national workshop)."""
