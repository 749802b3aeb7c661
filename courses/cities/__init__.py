"""Cities at the centre: the city record, its team, its needs assessments and its recommended pathway."""
