"""Generated from the genome's Shift entity; `copier update` rewrites this package.

Change behaviour in apps/shift/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
