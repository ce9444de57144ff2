"""Generated from the genome's Transfer entity; `copier update` rewrites this package.

Change behaviour in apps/transfer/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
