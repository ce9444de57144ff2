"""Generated from the genome's Ledger entity; `copier update` rewrites this package.

Change behaviour in apps/ledger/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
