"""One loader per domain, shared by every demo organisation: each module holds the frozen shapes a source
document is transcribed into and the function that writes them as rows of one organisation.

Straight to the models with the caller's session (add + flush, no commit), level by level so foreign keys
always point at rows already written, and a statement per table rather than per row.
"""
