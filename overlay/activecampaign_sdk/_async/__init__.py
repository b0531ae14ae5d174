"""The SDK's logic, written once: `_async/` is the source; generator/sync_from_async.py writes `_sync/` from it."""
