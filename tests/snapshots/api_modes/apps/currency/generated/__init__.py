"""Generated from the genome's Currency entity; `copier update` rewrites this package.

Change behaviour in apps/currency/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
