"""Running the production stack on one machine: nginx in front of gunicorn app servers (see stack.sh)."""
