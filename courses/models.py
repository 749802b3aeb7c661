"""Courses: what is learned. Course → Module → Lesson pages arrive with the course-pages issue."""
