"""Feedback on the guides: learners say how useful the guidebook chapter behind a module was for their city,
and editors read the answers per guidebook and chapter in the admin."""
