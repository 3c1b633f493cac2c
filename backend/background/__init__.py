"""Background work: jobs that run beside the requests (in `serve`) or in worker processes of their own."""
